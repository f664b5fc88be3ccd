package clean

import (
	"iter"
	"math/bits"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// Regular expressions are the slowest rules, so each gets a trigger: a set
// of literals, one of which every match must contain (or, for a pattern
// anchored with ^, start with). A line is scanned once for all triggers,
// and only the expressions whose trigger occurs are run. Triggers are
// compared in canonical case (canonAppend), which (?i) cannot escape; long
// rules that heed case keep theirs raw, to test long lines as they are.

// Limits on triggers: a character class larger than maxClassTrigger runes
// matches too much to filter anything, except at the start of an anchored
// pattern, where testing a class is cheap.
const (
	maxClassTrigger  = 4
	maxClassPrefix   = 16
	maxTriggerVolume = 64 // more literals than this filter too little
)

// trigger is what a regexp rule needs to see before it is worth running.
type trigger struct {
	lits     []string // canonical literals; nil means always run
	anchored bool     // the literal must start the line
	folded   bool     // lits are canonical; else raw, the pattern heeding case
	ends     []string // canonical literals one of which ends the line, or nil
	also     []string // more canonical literals, one of which a match holds as well, or nil
}

// triggerOf returns the trigger of a pattern, in canonical case.
func triggerOf(pattern string) trigger {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return trigger{}
	}
	re = re.Simplify()
	t := lits{}.trigger(re)
	t.folded = true
	t.ends = lits{}.endSet(re)
	if !t.anchored {
		t.also = lits{}.alsoSet(re, t.lits)
	}
	return t
}

// lits derives trigger literals from a parsed pattern: canonical, or raw
// for a pattern that heeds case.
type lits struct{ raw bool }

func (x lits) str(r []rune) string {
	if x.raw {
		return string(r)
	}
	return canonString(string(r))
}

func (x lits) rune(r rune) rune {
	if x.raw {
		return r
	}
	return canonRune(r)
}

// rawTriggerOf is triggerOf for matching raw text: when the pattern heeds
// case throughout, its literals stay as written.
func rawTriggerOf(pattern string) trigger {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return trigger{}
	}
	re = re.Simplify()
	if foldsCase(re) {
		return triggerOf(pattern)
	}
	t := lits{raw: true}.trigger(re)
	t.ends = lits{raw: true}.endSet(re)
	return t
}

func foldsCase(re *syntax.Regexp) bool {
	if re.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, sub := range re.Sub {
		if foldsCase(sub) {
			return true
		}
	}
	return false
}

func (x lits) trigger(re *syntax.Regexp) trigger {
	if re.Op == syntax.OpConcat && len(re.Sub) > 0 && isStart(re.Sub[0]) {
		if lits := x.startSet(re); lits != nil {
			return trigger{lits: lits, anchored: true}
		}
	}
	return trigger{lits: x.needSet(re)}
}

func isStart(re *syntax.Regexp) bool {
	return re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine
}

func zeroWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	}
	return false
}

// startSet returns literals one of which starts every match of re.
func (x lits) startSet(re *syntax.Regexp) []string {
	if e, ok := x.exactSet(re); ok {
		return nonEmpty(e)
	}
	switch re.Op {
	case syntax.OpCharClass:
		return x.classSet(re, maxClassPrefix)
	case syntax.OpCapture, syntax.OpPlus:
		return x.startSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return x.startSet(re.Sub[0])
		}
	case syntax.OpAlternate:
		return x.union(re.Sub, x.startSet)
	case syntax.OpConcat:
		// The exact parts that lead the pattern, then how the next part
		// starts: ^(?:e-?mail|fax)\s*: starts with "email", "e-mail" or "fax".
		acc := []string{""}
		for _, sub := range re.Sub {
			if zeroWidth(sub) {
				continue
			}
			if e, ok := x.exactSet(sub); ok {
				if acc = cross(acc, e); acc == nil {
					return nil
				}
				continue
			}
			if s := x.startSet(sub); s != nil {
				if next := cross(acc, s); next != nil {
					acc = next
				}
			}
			break
		}
		return nonEmpty(acc)
	}
	return nil
}

// endSet returns literals one of which ends every match of a pattern
// anchored with $, such as the words of "\\d+ min (?:read|lesezeit)$". Most
// lines that hold a trigger word hold it elsewhere than at their end, and
// a look at the end spares running the expression.
func (x lits) endSet(re *syntax.Regexp) []string {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	last := re.Sub[len(re.Sub)-1]
	if last.Op != syntax.OpEndText && last.Op != syntax.OpEndLine {
		return nil
	}
	k := len(re.Sub) - 2
	if trailingSpace(re.Sub[k]) {
		k-- // rules see lines trimmed: "\)\s*$" ends with ")"
	}
	acc := []string{""}
	for ; k >= 0; k-- {
		e, ok := x.exactSet(re.Sub[k])
		if !ok {
			break
		}
		next := cross(e, acc)
		if next == nil {
			break
		}
		acc = next
	}
	return nonEmpty(acc)
}

// trailingSpace reports whether re is optional white space, which no
// trimmed line ends with.
func trailingSpace(re *syntax.Regexp) bool {
	if re.Op != syntax.OpStar && re.Op != syntax.OpQuest || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	class := re.Sub[0].Rune
	for i := 0; i+1 < len(class); i += 2 {
		if class[i+1]-class[i] > 0x20 {
			return false // no run of spaces is as wide
		}
		for r := class[i]; r <= class[i+1]; r++ {
			if !unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// alsoSet returns literals one of which every match holds besides one of
// lits, taken from another part of the pattern: "(partner|consent).{0,250}
// (cookies?)" needs a word of each. Such patterns are slow to run, and a
// line of text holds one of the words far more often than both.
func (x lits) alsoSet(re *syntax.Regexp, lits []string) []string {
	if re.Op != syntax.OpConcat || lits == nil {
		return nil
	}
	var best []string
	for _, sub := range re.Sub {
		s := nonEmpty(x.needSet(sub))
		if s != nil && shortest(s) >= minAlsoLit && !implied(lits, s) && (best == nil || shortest(s) > shortest(best)) {
			best = s
		}
	}
	return best
}

// implied reports whether each of lits holds one of also: a line that
// holds one of lits needs no second search.
func implied(lits, also []string) bool {
	for _, l := range lits {
		if !slices.ContainsFunc(also, func(a string) bool { return strings.Contains(l, a) }) {
			return false
		}
	}
	return true
}

// minAlsoLit is the shortest literal worth a second search of the line.
const minAlsoLit = 4

// needSet returns literals one of which occurs in every match of re.
func (x lits) needSet(re *syntax.Regexp) []string {
	if e, ok := x.exactSet(re); ok {
		return nonEmpty(e)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return x.needSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return x.needSet(re.Sub[0])
		}
	case syntax.OpAlternate:
		return x.union(re.Sub, x.needSet)
	case syntax.OpConcat:
		// Any one part's set will do, or the exact strings of a run of
		// parts; the set with the longest shortest literal filters best.
		var best []string
		score := 0
		consider := func(s []string) {
			if s = nonEmpty(s); s != nil && shortest(s) > score {
				best, score = s, shortest(s)
			}
		}
		run := []string{""}
		for _, sub := range re.Sub {
			if e, ok := x.exactSet(sub); ok {
				if next := cross(run, e); next != nil {
					run = next
					continue
				}
				// Too many strings to join: keep the run so far, and
				// start another from this part.
				consider(run)
				run = e
				continue
			}
			consider(run)
			run = []string{""}
			consider(x.needSet(sub))
		}
		consider(run)
		return best
	}
	return nil
}

// exactSet returns every string re matches, canonical, when they are few.
func (x lits) exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{x.str(re.Rune)}, true
	case syntax.OpCharClass:
		s := x.classSet(re, maxClassTrigger)
		return s, s != nil
	case syntax.OpCapture:
		return x.exactSet(re.Sub[0])
	case syntax.OpQuest:
		s, ok := x.exactSet(re.Sub[0])
		return append(s, ""), ok
	case syntax.OpAlternate, syntax.OpConcat:
		acc := []string{""}
		if re.Op == syntax.OpAlternate {
			acc = nil
		}
		for _, sub := range re.Sub {
			s, ok := x.exactSet(sub)
			if !ok {
				return nil, false
			}
			if re.Op == syntax.OpAlternate {
				acc = append(acc, s...)
			} else {
				acc = cross(acc, s)
			}
			if acc == nil || len(acc) > maxTriggerVolume {
				return nil, false
			}
		}
		return acc, true
	}
	return nil, false
}

// cross returns every a followed by every b, or nil when that is too many.
func cross(a, b []string) []string {
	if len(a)*len(b) > maxTriggerVolume {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// nonEmpty returns s, or nil when it holds the empty string, which every
// line contains and so filters nothing.
func nonEmpty(s []string) []string {
	for _, l := range s {
		if l == "" {
			return nil
		}
	}
	return s
}

func (x lits) union(subs []*syntax.Regexp, set func(*syntax.Regexp) []string) []string {
	var all []string
	for _, sub := range subs {
		s := set(sub)
		if s == nil {
			return nil
		}
		all = append(all, s...)
	}
	if len(all) > maxTriggerVolume {
		return nil
	}
	return all
}

// classSet lists the canonical runes of a small character class.
func (x lits) classSet(re *syntax.Regexp, limit int) []string {
	seen := map[rune]bool{}
	var out []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		if re.Rune[i+1]-re.Rune[i] >= rune(4*limit) {
			return nil
		}
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			c := x.rune(r)
			if !seen[c] {
				seen[c] = true
				if out = append(out, string(c)); len(out) > limit {
					return nil
				}
			}
		}
	}
	return out
}

func shortest(s []string) int {
	n := 1 << 30
	for _, l := range s {
		n = min(n, len(l))
	}
	return n
}

// triggerIndex finds, in one scan of a canonical line, the regexp rules
// whose trigger occurs in it.
type triggerIndex struct {
	always []int              // rules without a trigger
	first  [256][]int         // anchored one-byte literals: rule numbers
	starts pairIndex[trigLit] // anchored longer literals by first two bytes
	one    [256][]int         // unanchored one-byte literals: rule numbers
	oneOf  []byte             // the bytes that have rules in one
	lits   *litIndex[int]     // unanchored longer literals: rule numbers
	ends   [][]string         // by rule: literals one of which ends its matches, or nil
	also   [][]litEntry[int]  // by rule: more literals one of which its matches hold, or nil
}

type trigLit struct {
	lit  string
	rule int
}

func newTriggerIndex(pats []string) *triggerIndex {
	x := &triggerIndex{}
	var (
		lits  []string
		rules []int
	)
	x.ends, x.also = make([][]string, len(pats)), make([][]litEntry[int], len(pats))
	for i, p := range pats {
		t := triggerOf(p)
		x.ends[i] = t.ends
		for _, l := range t.also {
			x.also[i] = append(x.also[i], litEntry[int]{lit: l, rare: rareByte(l), v: i})
		}
		if t.lits == nil {
			x.always = append(x.always, i)
			continue
		}
		for _, l := range t.lits {
			switch {
			case t.anchored:
				if len(l) == 1 {
					x.first[l[0]] = append(x.first[l[0]], i)
				} else {
					x.starts.add(l, trigLit{l, i})
				}
			case len(l) == 1:
				if x.one[l[0]] == nil {
					x.oneOf = append(x.oneOf, l[0])
				}
				x.one[l[0]] = append(x.one[l[0]], i)
			default:
				lits, rules = append(lits, l), append(rules, i)
			}
		}
	}
	x.lits = newLitIndex(lits, rules)
	return x
}

// candidates marks in set (one bit per rule, len >= (n+63)/64) the rules
// worth running on the canonical line s.
func (x *triggerIndex) candidates(s []byte, set []uint64) { candidatesIn(x, s, false, set) }

// candidatesLower is candidates for a line whose canonical form is the
// line with its ASCII letters lowered (canonIsLower): the line is read as
// that, not copied.
func (x *triggerIndex) candidatesLower(s string, set []uint64) { candidatesIn(x, s, true, set) }

func candidatesIn[S string | []byte](x *triggerIndex, s S, lower bool, set []uint64) {
	clear(set)
	for _, i := range x.always {
		set[i>>6] |= 1 << (i & 63)
	}
	if len(s) == 0 {
		return
	}
	c := s[0]
	if lower {
		c = lowerASCII(c)
	}
	for _, r := range x.first[c] {
		set[r>>6] |= 1 << (r & 63)
	}
	if len(s) > 1 {
		c2 := s[1]
		if lower {
			c2 = lowerASCII(c2)
		}
		for _, t := range x.starts.at(c, c2) {
			if prefixAt(s, 0, t.lit, lower) {
				set[t.rule>>6] |= 1 << (t.rule & 63)
			}
		}
	}
	// A few bytes have rules of their own: a scan for each beats a look
	// at every byte of the line.
	for _, c := range x.oneOf {
		found := indexByte(s, c) >= 0
		if !found && lower && 'a' <= c && c <= 'z' {
			found = indexByte(s, c-'a'+'A') >= 0
		}
		if found {
			for _, r := range x.one[c] {
				set[r>>6] |= 1 << (r & 63)
			}
		}
	}
	find(x.lits, s, lower, func(_ int, e *litEntry[int]) {
		set[e.v>>6] |= 1 << (e.v & 63)
	})
}

// worthRunning reports whether rule i, a candidate for the canonical line
// s, may match it: s ends as its matches must, and holds the literals of
// its other parts. With lower, s is read as lowered, as in candidatesIn.
func worthRunning[S string | []byte](x *triggerIndex, i int, s S, lower bool) bool {
	if x.ends[i] != nil && !slices.ContainsFunc(x.ends[i], func(l string) bool {
		return len(l) <= len(s) && prefixAt(s, len(s)-len(l), l, lower)
	}) {
		return false
	}
	for k := range x.also[i] {
		if indexIn(s, &x.also[i][k], lower) >= 0 {
			return true
		}
	}
	return x.also[i] == nil
}

func hasPrefix(s []byte, p string) bool {
	return len(s) >= len(p) && string(s[:len(p)]) == p
}

// pairIndex files values under the first two bytes of a string; looking up
// the values for a position of a line costs one array load.
type pairIndex[T any] struct {
	has     [1 << 10]uint64  // which pairs have a bucket: small enough to stay in cache
	idx     *[1 << 16]uint16 // bucket number, or 0
	buckets [][]T
}

func (p *pairIndex[T]) add(key string, v T) {
	if p.idx == nil {
		p.idx = new([1 << 16]uint16)
		p.buckets = [][]T{nil}
	}
	k := pairKey(key)
	p.has[k>>6] |= 1 << (k & 63)
	if p.idx[k] == 0 {
		p.idx[k] = uint16(len(p.buckets))
		p.buckets = append(p.buckets, nil)
	}
	p.buckets[p.idx[k]] = append(p.buckets[p.idx[k]], v)
}

// at returns the values filed under the byte pair a, b.
func (p *pairIndex[T]) at(a, b byte) []T {
	k := uint16(a)<<8 | uint16(b)
	if p.has[k>>6]&(1<<(k&63)) == 0 {
		return nil
	}
	return p.buckets[p.idx[k]]
}

// pairKey is the first two bytes of s; a one-byte s pairs with a zero
// byte, which no folded line holds.
func pairKey(s string) uint16 {
	if len(s) < 2 {
		return uint16(s[0]) << 8
	}
	return uint16(s[0])<<8 | uint16(s[1])
}

// litFilter marks the rules whose trigger occurs in a text, finding the
// literals that must start it by its first two bytes, and the others by
// jumping with strings.Index, fast on long text, from one occurrence of
// their first bytes to the next: one scan serves all the literals that
// share them, as "Photo" and "Photograph" do. Four bytes rather than one
// keep the scan from stopping at every "t" of English or every other byte
// of Cyrillic.
type litFilter struct {
	starts   pairIndex[trigLit]
	short    []trigLit  // literals of one byte that must start the text
	anywhere []litGroup // the other literals, by their first bytes
}

type litGroup struct {
	head  string // the first groupHead bytes that the literals share
	lits  []trigLit
	gated bool     // every rule of lits needs the line to end with one of ends
	ends  []string // so a line ending otherwise is not scanned for them
}

const groupHead = 4

func (f *litFilter) add(rule int, t trigger) {
	for _, l := range t.lits {
		switch {
		case !t.anchored:
			head := l[:min(len(l), groupHead)]
			k := slices.IndexFunc(f.anywhere, func(g litGroup) bool { return g.head == head })
			if k < 0 {
				k = len(f.anywhere)
				f.anywhere = append(f.anywhere, litGroup{head: head, gated: t.ends != nil})
			}
			g := &f.anywhere[k]
			g.lits = append(g.lits, trigLit{l, rule})
			if g.gated = g.gated && t.ends != nil; g.gated {
				for _, e := range t.ends {
					if !slices.Contains(g.ends, e) {
						g.ends = append(g.ends, e)
					}
				}
			} else {
				g.ends = nil
			}
		case len(l) == 1:
			f.short = append(f.short, trigLit{l, rule})
		default:
			f.starts.add(l, trigLit{l, rule})
		}
	}
}

func (f *litFilter) empty() bool {
	return f.starts.idx == nil && f.short == nil && f.anywhere == nil
}

// mark sets the bit of every rule whose trigger occurs in s.
func (f *litFilter) mark(s string, set []uint64) {
	var at []trigLit
	if len(s) >= 2 {
		at = f.starts.at(s[0], s[1])
	}
	for _, ls := range [][]trigLit{at, f.short} {
		for _, t := range ls {
			if strings.HasPrefix(s, t.lit) {
				set[t.rule>>6] |= 1 << (t.rule & 63)
			}
		}
	}
	for _, g := range f.anywhere {
		if g.gated && !slices.ContainsFunc(g.ends, func(e string) bool { return strings.HasSuffix(s, e) }) {
			continue
		}
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], g.head)
			if i < 0 {
				break
			}
			from += i
			for _, t := range g.lits {
				if set[t.rule>>6]&(1<<(t.rule&63)) == 0 && strings.HasPrefix(s[from:], t.lit) {
					set[t.rule>>6] |= 1 << (t.rule & 63)
				}
			}
			from++
		}
	}
}

// setBits yields the numbers of the bits set in set, in order.
func setBits(set []uint64) iter.Seq[int] {
	return func(yield func(int) bool) {
		for w, word := range set {
			for word != 0 {
				if !yield(w<<6 + bits.TrailingZeros64(word)) {
					return
				}
				word &= word - 1
			}
		}
	}
}
