package clean

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed rules/boilerplate.txt
var builtinRules string

// Kind says how a Rule's pattern is matched against a line.
type Kind string

// The rule kinds of the rules format; see ParseRules.
const (
	LineRule     Kind = "line"     // the whole folded line equals the pattern
	PrefixRule   Kind = "prefix"   // the folded line starts with the pattern
	ContainsRule Kind = "contains" // the folded line contains the pattern
	HeadingRule  Kind = "heading"  // like line (or re, given as /regexp/), and the headline list after it goes too
	LabelRule    Kind = "label"    // like heading, for a label of one story link ("Read also"): inside the text too, the headline under it goes, or the headline after its colon or bar
	RegexpRule   Kind = "re"       // the raw line matches a Go regular expression
	LongRule     Kind = "long"     // like re, and lines of any length are tried
	SentenceRule Kind = "sentence" // a sentence containing the literal pattern, or the text a /regexp/ matches, is cut from its line
)

// Rule is one boilerplate pattern.
type Rule struct {
	Category Category
	Kind     Kind
	Pattern  string
	Source   string // where the rule was defined, "file:line", for --explain

	folded string         // the pattern as lines are folded before matching
	re     *regexp.Regexp // for RegexpRule and LongRule
	name   string         // String, computed once by the matcher
	after  string         // why a heading's list goes, computed with name
}

// takesList reports whether the rule removes the headlines under its line.
func (r *Rule) takesList() bool { return r.Kind == HeadingRule || r.Kind == LabelRule }

// String names the rule as --explain prints it.
func (r *Rule) String() string {
	if r.name != "" {
		return r.name
	}
	return fmt.Sprintf("%s %q (%s)", r.Kind, r.Pattern, r.Source)
}

// maxPhraseLine is the longest line that prefix, contains and re rules look
// at, in characters, a CJK character counting three as in a block's size:
// boilerplate lines are short, and a phrase inside a long paragraph is
// article text.
const maxPhraseLine = 320

// phraseSized reports whether line is no longer than maxPhraseLine. Counted
// in bytes, a notice in Greek, Russian or Hindi would pass for a long
// paragraph at half or a third of the length of one in English.
func phraseSized(line string) bool {
	switch {
	case len(line) <= maxPhraseLine:
		return true
	case len(line) > 3*maxPhraseLine || utf8.RuneCountInString(line) > maxPhraseLine:
		return false
	}
	n := 0
	for _, r := range line {
		if n++; r >= 0x0E00 && isCJK(r) {
			n += cjkWeight - 1
		}
		if n > maxPhraseLine {
			return false
		}
	}
	return true
}

// ParseRules reads rules in the format of the built-in rules file:
//
//	# a comment
//	[share]
//	line share this article
//	prefix follow us
//	re ^\d+ shares$
//
// A [category] line starts a section; each following line is KIND PATTERN,
// with KIND one of line, prefix, contains, heading, re, long, sentence. A
// heading's pattern may be a regular expression between slashes,
// "heading /^About \p{Lu}\w+$/", matched like re. So may a sentence's,
// "sentence /The post .+ appeared first on .+$/": what it matches is cut,
// where a literal pattern cuts the whole sentence that holds it.
// Line, prefix, contains, heading and re rules look only at lines up to a
// short paragraph long; long rules are regular expressions tried on every
// line, for markers that open or close a line however long it runs, such
// as a wire photo caption's "FILE —". Errors name the line:
// "line 3: unknown rule kind "word"".
func ParseRules(r io.Reader) ([]Rule, error) {
	return parseRules(r, "rules")
}

func parseRules(r io.Reader, name string) ([]Rule, error) {
	var (
		rules []Rule
		cat   Category
		sc    = bufio.NewScanner(r)
		n     = 0
	)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		n++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		if !utf8.ValidString(text) {
			return nil, fmt.Errorf("line %d: invalid UTF-8", n)
		}
		if text[0] == '[' {
			if !strings.HasSuffix(text, "]") {
				return nil, fmt.Errorf("line %d: section header %q lacks its closing ]", n, text)
			}
			cat = Category(strings.TrimSpace(text[1 : len(text)-1]))
			if !knownCategory(cat) {
				return nil, fmt.Errorf("line %d: unknown category %q (known: %s)", n, cat, categoryList())
			}
			continue
		}
		if cat == "" {
			return nil, fmt.Errorf("line %d: rule before any [category] section", n)
		}
		kind, pat, _ := strings.Cut(text, " ")
		pat = strings.TrimSpace(pat)
		if pat == "" {
			return nil, fmt.Errorf("line %d: %s rule without a pattern", n, kind)
		}
		rule := Rule{Category: cat, Kind: Kind(kind), Pattern: pat, Source: fmt.Sprintf("%s:%d", name, n)}
		if err := prepare(&rule); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		rules = append(rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %v", n+1, err)
	}
	return rules, nil
}

// prepare checks a rule and compiles its pattern.
func prepare(r *Rule) error {
	if !knownCategory(r.Category) {
		return fmt.Errorf("unknown category %q (known: %s)", r.Category, categoryList())
	}
	switch r.Kind {
	case HeadingRule, LabelRule, SentenceRule:
		if re, ok := strings.CutPrefix(r.Pattern, "/"); ok && len(re) > 1 && strings.HasSuffix(re, "/") {
			return compile(r, re[:len(re)-1])
		}
		if r.Kind == SentenceRule {
			r.folded = r.Pattern
			break
		}
		r.folded = fold(r.Pattern, false)
	case LineRule:
		r.folded = fold(r.Pattern, false)
	case PrefixRule, ContainsRule:
		r.folded = fold(r.Pattern, true)
	case RegexpRule, LongRule:
		return compile(r, r.Pattern)
	default:
		return fmt.Errorf("unknown rule kind %q (known: line, prefix, contains, heading, label, re, long, sentence)", r.Kind)
	}
	if r.folded == "" {
		return fmt.Errorf("pattern %q has no letters", r.Pattern)
	}
	if r.Source == "" {
		r.Source = "user"
	}
	return nil
}

func compile(r *Rule, pattern string) error {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return err
	}
	r.re = re
	if r.Source == "" {
		r.Source = "user"
	}
	return nil
}

func categoryList() string {
	s := make([]string, len(Categories))
	for i, c := range Categories {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// matcher finds the rules that match a line. It is read-only once built.
type matcher struct {
	lines     map[string]*Rule // line and heading rules by folded pattern
	longest   int              // bytes of the longest pattern in lines
	linked    map[string]*Rule // label rules as they open a line with their link, by folded pattern
	prefixes  pairIndex[*Rule] // prefix rules by their first two bytes
	prefix1   [256][]*Rule     // prefix rules of one byte
	contains  *litIndex[*Rule] // contains rules by their folded patterns
	regexps   []*Rule
	trig      *triggerIndex // for regexps
	longs     []*Rule
	longRaw   litFilter // triggers of longs that heed case, for the raw line
	longFold  litFilter // triggers of longs that ignore it, for the canonical line
	longAny   []int     // longs without a trigger
	sentences []*Rule
	sentLits  *litIndex[int] // sentence rules of two bytes or more, by pattern
	sentShort []int          // sentence rules of one byte
}

// scratch is the per-document working memory of the matcher.
type scratch struct {
	fold, canon []byte
	whole       []byte // a wrapped paragraph set on one line
	cand        []uint64
	longCand    []uint64
}

func newMatcher(rules []Rule) *matcher {
	m := &matcher{lines: map[string]*Rule{}, linked: map[string]*Rule{}}
	var (
		pats, cLits, sLits []string
		cRules             []*Rule
		sRules             []int
	)
	for i := range rules {
		r := &rules[i]
		r.name = r.String()
		r.after = "after " + r.name
		switch r.Kind {
		case LineRule, HeadingRule, LabelRule:
			if r.re != nil { // a heading given as /regexp/
				m.regexps = append(m.regexps, r)
				pats = append(pats, r.re.String())
				continue
			}
			// The first rule for a line wins: the user's come before
			// the built-in ones.
			if _, ok := m.lines[r.folded]; !ok {
				m.lines[r.folded] = r
			}
			m.longest = max(m.longest, len(r.folded))
			if r.Kind == LabelRule {
				// "Read also: headline" on one line is the label and its
				// link: the line goes, and takes no headline under it.
				linked := *r
				linked.Kind = PrefixRule
				if _, ok := m.linked[r.folded]; !ok {
					m.linked[r.folded] = &linked
				}
			}
		case PrefixRule:
			k := key2(r.folded)
			if len(k) == 1 {
				m.prefix1[k[0]] = append(m.prefix1[k[0]], r)
			} else {
				m.prefixes.add(k, r)
			}
		case ContainsRule:
			lit := r.folded
			if len(lit) == 1 {
				// A pattern of one byte has always been looked for with a
				// NUL byte after it, which folded text hardly holds.
				lit += "\x00"
			}
			cLits, cRules = append(cLits, lit), append(cRules, r)
		case RegexpRule:
			m.regexps = append(m.regexps, r)
			pats = append(pats, r.Pattern)
		case LongRule:
			switch t := rawTriggerOf(r.Pattern); {
			case t.lits == nil:
				m.longAny = append(m.longAny, len(m.longs))
			case t.folded:
				m.longFold.add(len(m.longs), t)
			default:
				m.longRaw.add(len(m.longs), t)
			}
			m.longs = append(m.longs, r)
		case SentenceRule:
			lits := []string{r.folded}
			if r.re != nil {
				// A pattern runs only on lines holding one of the
				// literals it cannot match without.
				lits = rawTriggerOf(r.re.String()).lits
			}
			if len(lits) == 0 || slices.ContainsFunc(lits, func(l string) bool { return len(l) < 2 }) {
				m.sentShort = append(m.sentShort, len(m.sentences))
			} else {
				for _, l := range lits {
					sLits, sRules = append(sLits, l), append(sRules, len(m.sentences))
				}
			}
			m.sentences = append(m.sentences, r)
		}
	}
	// Lines of a phrase's size are scanned once for the triggers of both
	// kinds of expression: the long rules come after the others.
	for _, r := range m.longs {
		pats = append(pats, r.Pattern)
	}
	m.trig = newTriggerIndex(pats)
	m.contains = newLitIndex(cLits, cRules)
	m.sentLits = newLitIndex(sLits, sRules)
	return m
}

func key2(s string) string {
	if len(s) > 2 {
		return s[:2]
	}
	return s
}

// match returns the first rule that removes the whole line, or nil. sized
// is phraseSized(line); open and closed are the line folded with and
// without its trailing punctuation (foldLine).
func (m *matcher) match(line string, sized bool, open, closed []byte, sc *scratch) *Rule {
	if !sized {
		return m.long(line, sc)
	}
	if len(closed) <= m.longest { // most lines of text: a quick no
		if r := m.lines[string(closed)]; r != nil {
			return r
		}
	}
	if r := m.prefix(open); r != nil {
		return r
	}
	if r := m.linkedLabel(open); r != nil {
		return r
	}
	if r := m.contain(open); r != nil {
		return r
	}
	exprs := len(m.regexps) + len(m.longs)
	if exprs == 0 {
		return nil
	}
	n := (exprs + 63) / 64
	if len(sc.cand) < n {
		sc.cand = make([]uint64, n)
	}
	canon := false
	if canonIsLower(line) {
		m.trig.candidatesLower(line, sc.cand)
	} else {
		sc.canon, canon = canonAppend(sc.canon[:0], line), true
		m.trig.candidates(sc.canon, sc.cand)
	}
	for i := range setBits(sc.cand[:n]) {
		r := m.expr(i)
		worth := false
		if canon {
			worth = worthRunning(m.trig, i, sc.canon, false)
		} else {
			worth = worthRunning(m.trig, i, line, true)
		}
		if worth && r.re.MatchString(line) {
			return r
		}
	}
	return nil
}

// expr returns expression rule i of the trigger index: the regexps, then
// the long rules.
func (m *matcher) expr(i int) *Rule {
	if i < len(m.regexps) {
		return m.regexps[i]
	}
	return m.longs[i-len(m.regexps)]
}

// long tries the rules that see lines of any length, by filters of their
// own: match needs it for lines longer than a phrase, which it does not
// scan for triggers. Their triggers are tested on the raw line, which is
// fast however long it runs, unless a pattern ignores case.
func (m *matcher) long(line string, sc *scratch) *Rule {
	if len(m.longs) == 0 {
		return nil
	}
	if n := (len(m.longs) + 63) / 64; len(sc.longCand) < n {
		sc.longCand = make([]uint64, n)
	}
	set := sc.longCand
	clear(set)
	for _, i := range m.longAny {
		set[i>>6] |= 1 << (i & 63)
	}
	m.longRaw.mark(line, set)
	if !m.longFold.empty() {
		sc.canon = canonAppend(sc.canon[:0], line)
		m.longFold.mark(string(sc.canon), set) // copies only for a pattern that ignores case
	}
	for i := range setBits(set) {
		if r := m.longs[i]; r.re.MatchString(line) {
			return r
		}
	}
	return nil
}

func (m *matcher) prefix(f []byte) *Rule {
	if len(f) < 1 {
		return nil
	}
	try := func(rs []*Rule) *Rule {
		for _, r := range rs {
			if hasPrefix(f, r.folded) && wordEnd(f, len(r.folded)) {
				return r
			}
		}
		return nil
	}
	if len(f) >= 2 {
		if r := try(m.prefixes.at(f[0], f[1])); r != nil {
			return r
		}
	}
	return try(m.prefix1[f[0]]) // one-byte patterns
}

// linkedLabel returns the label rule whose label opens f, the folded
// line, before a colon or a bar and a headline: "Pročitajte i: Cijene
// ulja padaju", "READ | Lions sign a flyer".
func (m *matcher) linkedLabel(f []byte) *Rule {
	i := labelEnd(f[:min(len(f), maxFieldBytes)])
	if i <= 0 || !bytes.ContainsFunc(f[i:], unicode.IsLetter) {
		return nil
	}
	end := bytes.LastIndexFunc(f[:i], isCore)
	if end < 0 {
		return nil
	}
	_, n := utf8.DecodeRune(f[end:])
	return m.linked[string(f[:end+n])]
}

// labelEnd returns the index of the first colon, full-width colon or bar
// in f, or -1. It scans bytes: bytes.IndexAny decodes every rune when a
// separator is not ASCII, and every short line passes here.
func labelEnd(f []byte) int {
	for i, c := range f {
		if c == ':' || c == '|' || c == 0xEF && bytes.HasPrefix(f[i:], []byte("：")) {
			return i
		}
	}
	return -1
}

// wordEnd reports whether a phrase of n bytes ends f at a word boundary.
func wordEnd(f []byte, n int) bool {
	if n >= len(f) {
		return true
	}
	last, _ := utf8.DecodeLastRune(f[:n])
	next, _ := utf8.DecodeRune(f[n:])
	return !isWordRune(last) || !isWordRune(next) || isCJK(last)
}

func (m *matcher) contain(f []byte) *Rule {
	// The first pattern found in the line wins, and of those found at the
	// same place, the first rule.
	var hit *litEntry[*Rule]
	first := 0
	find(m.contains, f, false, func(at int, e *litEntry[*Rule]) {
		if hit == nil || at < first || at == first && e.seq < hit.seq {
			hit, first = e, at
		}
	})
	if hit == nil {
		return nil
	}
	return hit.v
}

// promoSentences returns the byte ranges of promotional sentences in line.
func (m *matcher) promoSentences(line string) (spans [][2]int, rules []*Rule) {
	// Find the rules whose pattern may occur with one scan of the line,
	// then look for those alone.
	var (
		may   []bool
		local [64]bool
	)
	find(m.sentLits, line, false, func(_ int, e *litEntry[int]) {
		if may == nil {
			may = local[:0]
			if len(m.sentences) > len(local) {
				may = make([]bool, len(m.sentences))
			}
			may = may[:len(m.sentences)]
		}
		may[e.v] = true
	})
	if may == nil && len(m.sentShort) == 0 {
		return nil, nil
	}
	for k, r := range m.sentences {
		if (may == nil || !may[k]) && !slices.Contains(m.sentShort, k) {
			continue
		}
		if r.re != nil {
			for _, loc := range r.re.FindAllStringIndex(line, -1) {
				if loc[0] == loc[1] {
					continue // a pattern that may match nothing cuts nothing
				}
				s, e := latestStart(r.re, line, loc[0], loc[1]), loc[1]
				for e < len(line) && (line[e] == ' ' || line[e] == '\t') {
					e++
				}
				spans = append(spans, [2]int{s, e})
				rules = append(rules, r)
			}
			continue
		}
		for from := 0; from < len(line); {
			at := strings.Index(line[from:], r.folded)
			if at < 0 {
				break
			}
			s, e := sentenceAround(line, from+at, from+at+len(r.folded))
			spans = append(spans, [2]int{s, e})
			rules = append(rules, r)
			from = e
		}
	}
	return spans, rules
}

// latestStart moves the start of re's match [s, e) in line as late as a
// match ending at e can begin: a footer's opening words may occur earlier
// in the paragraph, and only the last of them opens the footer.
func latestStart(re *regexp.Regexp, line string, s, e int) int {
	for s < e {
		loc := re.FindStringIndex(line[s+1 : e])
		if loc == nil || s+1+loc[1] != e {
			break
		}
		s += 1 + loc[0]
	}
	return s
}

// sentenceAround widens [from, to) to the sentence holding it, with the
// spaces that separate it from its neighbours.
func sentenceAround(line string, from, to int) (int, int) {
	s := from
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(line[:s])
		if (r == ' ' || r == '\t') && s-n > 0 {
			p, _ := utf8.DecodeLastRuneInString(line[:s-n])
			if p == '.' || p == '!' || p == '?' || p == '。' || p == '”' || p == '"' {
				break
			}
		}
		s -= n
	}
	e := to
	if last, _ := utf8.DecodeLastRuneInString(line[from:to]); !(last == '.' || last == '!' || last == '?') {
		for e < len(line) {
			r, n := utf8.DecodeRuneInString(line[e:])
			e += n
			if r == '.' || r == '!' || r == '?' || r == '。' {
				break
			}
		}
	}
	for e < len(line) && (line[e] == ' ' || line[e] == '\t') {
		e++
	}
	return s, e
}
