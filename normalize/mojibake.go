package normalize

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mojibake repair.
//
// Text that was UTF-8, read through a single-byte code page and saved again
// as UTF-8 turns each multi-byte character into a run of two to four
// characters of that page: "é" (C3 A9) becomes "Ã©". Repair looks for such
// runs ("units") whose page bytes form one valid UTF-8 sequence, weighs the
// evidence that the run is a misreading (symbols glued inside words, case
// flips, C1 controls, neighbouring units) against how plausible the decoded
// character is in its place (rare blocks, script mixes), and replaces the
// units that win. Each line picks the page with the most evidence per pass;
// passes repeat until nothing changes, which undoes double and triple
// misreadings and mixtures of pages. Every replacement shortens the text or
// removes a lead ("Ã " read as "à "), so the loop ends, and its result is a
// fixed point: repair is idempotent.

// mjThreshold is the score a unit needs to be replaced.
const mjThreshold = 1.5

// FixMojibake restores text that was UTF-8 misread as Windows-1252,
// Latin-1, Windows-1250/1251/1253/1254/1257, ISO-8859-2, Mac Roman, IBM437 or
// KOI8-R, once or several times, in all of the text or only in parts of it.
// Stray C1 controls are read as Windows-1252. Text that merely looks unusual
// is left alone. Invalid UTF-8 in s is replaced by U+FFFD. Lines are repaired
// independently.
func FixMojibake(s string) string {
	out, _ := mjFixText(s)
	return out
}

// mjFixText repairs each line of s and returns the number of characters
// replaced.
func mjFixText(s string) (string, int) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !mjSuspect(s) {
		return s, 0
	}
	var b strings.Builder
	total := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line, s = s[:i+1], s[i+1:]
		} else {
			s = ""
		}
		fixed, n := mjFixLine(line)
		total += n
		b.WriteString(fixed)
	}
	return b.String(), total
}

// mjSuspect reports whether s, valid UTF-8, may hold mojibake: a C1
// control, or a complete unit of some page. Most text, English with curly
// quotes or Russian with guillemets included, is ruled out here.
func mjSuspect[T ~string | ~[]byte](s T) bool {
	var f mjUnitFinder
	for i := 0; i < len(s); i++ {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			// ASCII ends any unit; only a lost no-break space needs a look.
			if c == ' ' && f.spaced {
				return true
			}
			f = mjUnitFinder{}
			for i+1 < len(s) && s[i+1] < utf8.RuneSelf {
				i++
			}
			continue
		case c < 0xE0 && i+1 < len(s):
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i++
			if r < 0xA0 {
				return true
			}
		case c < 0xF0 && i+2 < len(s):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 2
		default:
			r = 0 // four-byte runes play no part
			i += 3
		}
		if f.next(r) != 0 {
			return true
		}
	}
	return false
}

// mjUnit is one candidate replacement: runes [at, at+n) become r.
type mjUnit struct {
	at, n int
	r     rune
	score float32
	// lostSpace marks a lead whose no-break space continuation became a
	// plain space (see mjLostSpace).
	lostSpace bool
}

// mjFixLine repairs one line; s must be valid UTF-8.
func mjFixLine(s string) (string, int) {
	if !mjSuspect(s) {
		return s, 0
	}
	rs, fixed, _ := mjFixRunes([]rune(s), new(mjScratch))
	return string(rs), fixed
}

// mjScratch holds buffers reused from line to line.
type mjScratch struct {
	units, best []mjUnit
	pages       []mjPageCount
	orig        []rune
}

// mjFixRunes repairs one line held as runes, in place, and returns it with
// the number of units replaced and whether anything (units or C1 controls)
// changed.
func mjFixRunes(rs []rune, sc *mjScratch) ([]rune, int, bool) {
	fixed, leftover, c1 := 0, 0, false
	units, best, pages := sc.units[:0], sc.best[:0], sc.pages[:0]
	var orig []rune
	defer func() { sc.units, sc.best, sc.pages = units[:0], best[:0], pages[:0] }()
	for {
		scripts := mjScripts(rs)
		var bestScore float32
		best = best[:0]
		leftover = 0
		pages = mjPagesIn(rs, pages[:0])
		for i, pc := range pages {
			var used uint32
			units, used = mjCandidates(rs, pc.page, units[:0])
			var score float32
			var weak int
			units, score, weak = mjSelect(rs, units, pc.page, scripts|used)
			leftover = max(leftover, weak)
			if len(units) > 0 && score > bestScore {
				bestScore = score
				best, units = units, best
			}
			// Pages come by unit count: once the best explains more units
			// than the next page has, no later page can beat it.
			if i+1 < len(pages) && len(best) > pages[i+1].units {
				break
			}
		}
		if len(best) == 0 {
			if !mjFixC1(rs) {
				break
			}
			c1 = true
			continue
		}
		if orig == nil {
			orig = append(sc.orig[:0], rs...)
			sc.orig = orig
		}
		rs = mjApply(rs, best)
		fixed += len(best)
	}
	// A repair that leaves as much mojibake-like text as it fixed has only
	// shuffled a hopeless garble: keep the original.
	if fixed > 0 && leftover >= fixed {
		// Copied back into rs: orig is scratch that the next line reuses,
		// and rs may be the caller's.
		return append(rs[:0], orig...), 0, c1
	}
	return rs, fixed, fixed > 0 || c1
}

// mjMaxPages bounds the pages scored per pass.
const mjMaxPages = 3

// mjPageCount is a page with the number of complete units it has in a line.
type mjPageCount struct {
	page  *mjPage
	units int
}

// mjPagesIn returns the pages worth scanning in rs, most units first
// (earlier pages first on ties): at most mjMaxPages, and none with far
// fewer units than the best.
func mjPagesIn(rs []rune, out []mjPageCount) []mjPageCount {
	var f mjUnitFinder
	var counts [16]int
	for _, r := range rs {
		for done := f.next(r); done != 0; done &= done - 1 {
			counts[bits.TrailingZeros64(done)]++
		}
	}
	for _, p := range mjPages {
		if counts[p.index] > 0 {
			out = append(out, mjPageCount{p, counts[p.index]})
		}
	}
	slices.SortStableFunc(out, func(a, b mjPageCount) int { return b.units - a.units })
	for i, pc := range out {
		if i == mjMaxPages || 2*pc.units < out[0].units {
			return out[:i]
		}
	}
	return out
}

// mjFixC1 reads C1 controls as the Windows-1252 characters they almost
// always were, in place, and reports whether it changed any.
func mjFixC1(rs []rune) bool {
	changed := false
	for i, r := range rs {
		if r >= 0x80 && r < 0xA0 {
			if d := mj1252.dec[r]; d != r {
				rs[i] = d
				changed = true
			}
		}
	}
	return changed
}

// mjApply replaces the units, in order and not overlapping, in place.
func mjApply(rs []rune, units []mjUnit) []rune {
	out := rs[:0]
	i := 0
	for _, u := range units {
		out = append(out, rs[i:u.at]...)
		out = append(out, u.r)
		i = u.at + u.n
	}
	return append(out, rs[i:]...)
}

// mjSupported is the lower score a unit needs once another unit of the same
// page in the line has reached mjThreshold.
const mjSupported = 0.5

// mjSelect scores the candidate units of page p in rs and keeps those that
// score enough, returning them with their total score. When none is strong enough to
// prove the page it keeps none and counts the weak ones that would pass
// with support: what still looks like mojibake.
func mjSelect(rs []rune, units []mjUnit, p *mjPage, scripts uint32) ([]mjUnit, float32, int) {
	strong := mjScoreUnits(rs, units, p, scripts)
	if strong == 0 {
		weak := 0
		for _, u := range units {
			if u.score >= mjSupported {
				weak++
			}
		}
		return units[:0], 0, weak
	}
	// A page proven in a line makes its weaker units credible; a page
	// proven several times makes any unit with positive evidence credible.
	floor := float32(mjSupported)
	if strong >= 3 {
		floor = 0.01
	}
	var total float32
	kept := units[:0]
	for _, u := range units {
		if u.score >= floor {
			kept = append(kept, u)
			total += u.score + 0.5 // explaining more units counts
		}
	}
	return kept, total, 0
}

// mjCandidates parses the units of page p greedily left to right. It also
// returns the scripts that at least two candidates decode to: those count
// as used by the line, so a lone decoded letter is judged against the
// repaired text.
func mjCandidates(rs []rune, p *mjPage, units []mjUnit) ([]mjUnit, uint32) {
	leads := uint64(1)<<(mjLead2+p.index) | 1<<(mjLead3+p.index) | 1<<(mjLead4+p.index)
	for i := 0; i < len(rs); {
		if mjRole(rs[i])&leads == 0 {
			i++
			continue
		}
		if n, d, ok := mjParse(rs[i:], p); ok {
			// Characters that are almost never the answer do not count as
			// candidates, so they lend no support to their neighbours.
			if rarity, ok := mjRarity(d); ok && rarity < 2 {
				units = append(units, mjUnit{at: i, n: n, r: d})
				i += n
				continue
			}
		}
		if n, r, ok := mjLostSpace(rs, i, p); ok {
			units = append(units, mjUnit{at: i, n: n, r: r, lostSpace: true})
		}
		i++
	}
	var seen, used uint32
	for _, u := range units {
		s := mjScript(u.r)
		used |= seen & s
		seen |= s
	}
	return units, used
}

// mjScoreUnits scores the candidate units of page p found in rs and returns
// how many reach mjThreshold.
func mjScoreUnits(rs []rune, units []mjUnit, p *mjPage, scripts uint32) int {
	strong := 0
	for k := range units {
		u := &units[k]
		c := mjCtx{page: p, scripts: scripts}
		if k > 0 && units[k-1].at+units[k-1].n == u.at {
			c.prev, c.prevUnit = units[k-1].r, true
		} else if u.at > 0 {
			c.prev = rs[u.at-1]
			if u.at > 1 {
				c.prev2 = rs[u.at-2]
			}
		}
		end := u.at + u.n
		if k+1 < len(units) && units[k+1].at == end {
			c.next, c.nextUnit = units[k+1].r, true
		} else if end < len(rs) {
			c.next = rs[end]
			if end+1 < len(rs) {
				c.next2 = rs[end+1]
			}
		}
		if u.lostSpace {
			u.score = mjScoreLostSpace(rs[u.at], c)
		} else {
			u.score = mjScore(rs[u.at:end], u.r, c)
		}
		if u.score >= mjThreshold {
			strong++
		}
	}
	return strong
}

// mjLostSpace recognises a two-byte character whose second byte, a no-break
// space (A0), was later turned into a plain space, a common fate of
// mojibake. For the lead of byte C3 it is "à" ("voilÃ le"), between a word
// start and a lowercase word; it returns how many runes become "à": 1, or 2
// when the space belonged to the character, as in the Portuguese "às" and
// "àquele". For "Â" (C2) it is the no-break space itself, after a word
// ("McKaylaÂ Maroney"): "Â " becomes one space.
func mjLostSpace(rs []rune, i int, p *mjPage) (int, rune, bool) {
	if i+1 >= len(rs) || rs[i+1] != ' ' {
		return 0, 0, false
	}
	if rs[i] == 'Â' && p.latin && i > 0 {
		if k := mjKind(rs[i-1]); k == mjLower || k == mjPunct {
			return 2, ' ', true
		}
		return 0, 0, false
	}
	if b, ok := p.byteOf(rs[i]); !ok || b != 0xC3 || i+2 >= len(rs) {
		return 0, 0, false
	}
	if k := mjKind(rs[i+2]); k != mjLower && rs[i+2] != '\'' && rs[i+2] != '’' {
		return 0, 0, false
	}
	if i > 0 {
		if k := mjKind(rs[i-1]); k == mjUpper || k == mjLetter || k == mjDigit {
			return 0, 0, false
		}
	}
	rest := rs[i+2:]
	if rest[0] == 's' && (len(rest) == 1 || rest[1] == ' ') || mjHasPrefix(rest, "quel") || mjHasPrefix(rest, "quil") {
		return 2, 'à', true
	}
	return 1, 'à', true
}

// mjHasPrefix reports whether rs starts with prefix.
func mjHasPrefix(rs []rune, prefix string) bool {
	for _, r := range prefix {
		if len(rs) == 0 || rs[0] != r {
			return false
		}
		rs = rs[1:]
	}
	return true
}

// mjScoreLostSpace scores a unit found by mjLostSpace: enough on its own
// for the Windows-1252 "Ã" and "Â", only with support for other leads.
func mjScoreLostSpace(lead rune, c mjCtx) float32 {
	if c.page.latin && (lead == 'Ã' || lead == 'Â') {
		return mjThreshold
	}
	return mjSupported
}

// mjCtx is what a unit's score looks at besides the unit itself.
type mjCtx struct {
	page               *mjPage
	prev2, prev, next  rune
	next2              rune
	prevUnit, nextUnit bool
	scripts            uint32
}

// mjParse reads one unit of page p at the start of rs: a rune whose byte is
// a UTF-8 lead followed by runes whose bytes are the right continuations.
// It returns the rune count and the decoded rune. A U+FFFD standing for a
// lost continuation byte decodes the whole unit to U+FFFD. CESU-8 surrogate
// pairs (two units) decode to one supplementary rune.
func mjParse(rs []rune, p *mjPage) (int, rune, bool) {
	b0, ok := p.byteOf(rs[0])
	if !ok || b0 < 0xC2 || b0 > 0xF4 {
		return 0, 0, false
	}
	need := 1
	if b0 >= 0xF0 {
		need = 3
	} else if b0 >= 0xE0 {
		need = 2
	}
	if len(rs) <= need {
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = b0
	lossy := false
	for k := 1; k <= need; k++ {
		c := rs[k]
		// A lost continuation byte shows as U+FFFD, or as "?" after
		// "â€" (E2 80), the start of most punctuation.
		if c == utf8.RuneError || (c == '?' && k == 2 && b0 == 0xE2 && buf[1] == 0x80) {
			lossy = true
			buf[k] = 0x80
			continue
		}
		b, ok := p.byteOf(c)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0, false
		}
		buf[k] = b
	}
	if lossy {
		// Only a run with at least one real continuation is evidence.
		if mjAllLost(rs[1 : need+1]) {
			return 0, 0, false
		}
		return need + 1, utf8.RuneError, true
	}
	if b0 == 0xED && buf[1] >= 0xA0 {
		return mjParseCESU(rs, p, buf)
	}
	d, size := utf8.DecodeRune(buf[:need+1])
	if size != need+1 {
		return 0, 0, false
	}
	return need + 1, d, true
}

// mjAllLost reports whether every rune of rs stands for a lost byte.
func mjAllLost(rs []rune) bool {
	for _, r := range rs {
		if r != utf8.RuneError && r != '?' {
			return false
		}
	}
	return true
}

// mjParseCESU decodes a high surrogate unit (already in buf) followed by a
// low surrogate unit into one rune.
func mjParseCESU(rs []rune, p *mjPage, buf [4]byte) (int, rune, bool) {
	if buf[1] > 0xAF || len(rs) < 6 {
		return 0, 0, false
	}
	var lo [3]byte
	for k := 0; k < 3; k++ {
		b, ok := p.byteOf(rs[3+k])
		if !ok {
			return 0, 0, false
		}
		lo[k] = b
	}
	if lo[0] != 0xED || lo[1] < 0xB0 || lo[1] > 0xBF || lo[2] < 0x80 || lo[2] > 0xBF {
		return 0, 0, false
	}
	hi := rune(buf[1]&0x0F)<<6 | rune(buf[2]&0x3F)
	low := rune(lo[1]&0x0F)<<6 | rune(lo[2]&0x3F)
	return 6, 0x10000 + hi<<10 + low, true
}

// Rune kinds used by the scores.
const (
	mjOther = iota
	mjSpace
	mjLower // lowercase letter
	mjUpper // uppercase or titlecase letter
	mjLetter
	mjDigit
	mjPunct
	mjSym
	mjMark
	mjCtl
)

func mjKindSlow(r rune) int {
	switch {
	case r == 0:
		return mjOther
	case r < utf8.RuneSelf:
		switch {
		case r >= 'a' && r <= 'z':
			return mjLower
		case r >= 'A' && r <= 'Z':
			return mjUpper
		case r >= '0' && r <= '9':
			return mjDigit
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			return mjSpace
		case r < 0x20 || r == 0x7F:
			return mjCtl
		case r == '$' || r == '+' || r == '<' || r == '=' || r == '>' || r == '^' || r == '`' || r == '|' || r == '~':
			return mjSym
		}
		return mjPunct
	case r < 0xA0:
		return mjCtl
	case unicode.IsLower(r):
		return mjLower
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return mjUpper
	case unicode.IsLetter(r):
		return mjLetter
	case unicode.IsSpace(r):
		return mjSpace
	case unicode.IsMark(r):
		return mjMark
	case unicode.IsDigit(r):
		return mjDigit
	case unicode.IsPunct(r):
		return mjPunct
	}
	return mjSym
}

// mjInfo caches the kind (low byte) and script (high byte) of runes below
// mjDenseMax, where nearly all mojibake lives.
var mjInfo [mjDenseMax]uint16

func init() {
	for r := rune(0); r < mjDenseMax; r++ {
		mjInfo[r] = uint16(mjKindSlow(r)) | uint16(mjScriptSlow(r))<<8
	}
}

func mjKind(r rune) int {
	switch {
	case r >= 0 && r < mjDenseMax:
		return int(mjInfo[r] & 0xFF)
	case r >= 0x3041 && r <= 0x3096, r >= 0x30A1 && r <= 0x30FA, r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		return mjLetter // kana, ideographs and Hangul, the bulk of CJK text
	}
	return mjKindSlow(r)
}

func mjScript(r rune) uint32 {
	if r >= 0 && r < mjDenseMax {
		return uint32(mjInfo[r] >> 8)
	}
	return mjScriptSlow(r)
}

func mjIsLetter(k int) bool { return k == mjLower || k == mjUpper || k == mjLetter }

// Scripts, as bits of the mask mjScripts returns.
const (
	mjLatin = 1 << iota
	mjGreek
	mjCyrillic
	mjHebrew
	mjArabic
	mjCJK
	mjOtherScript
)

func mjScriptSlow(r rune) uint32 {
	switch {
	case r < 0x80:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return mjLatin
		}
		return 0
	case r < 0x250:
		if unicode.IsLetter(r) {
			return mjLatin
		}
		return 0
	case r >= 0x1E00 && r < 0x1F00, r >= 0xFB00 && r <= 0xFB06, r >= 0xFF21 && r <= 0xFF5A:
		return mjLatin
	case r >= 0x370 && r < 0x400, r >= 0x1F00 && r < 0x2000:
		return mjGreek
	case r >= 0x400 && r < 0x530:
		return mjCyrillic
	case r >= 0x590 && r < 0x600:
		return mjHebrew
	case r >= 0x600 && r < 0x700:
		return mjArabic
	case r >= 0x2E80 && r < 0xA000, r >= 0xAC00 && r < 0xD7B0, r >= 0x20000 && r < 0x32000:
		return mjCJK
	case unicode.IsLetter(r):
		return mjOtherScript
	}
	return 0
}

// mjScripts returns the scripts of the letters in rs.
func mjScripts(rs []rune) uint32 {
	var m uint32
	for _, r := range rs {
		m |= mjScript(r)
	}
	return m
}

// mjScore weighs the evidence that unit u (decoding to d) is mojibake
// against the implausibility of d in its place.
func mjScore(u []rune, d rune, c mjCtx) float32 {
	rarity, ok := mjRarity(d)
	if !ok {
		return 0
	}
	return mjEvidence(u, d, c) - mjImplausibility(d, rarity, c)
}

// mjEvidence scores how much unit u looks like a misreading in its place.
func mjEvidence(u []rune, d rune, c mjCtx) float32 {
	p := c.page
	ev := p.prior
	lead := u[0]
	lk, pk, nk := mjKind(lead), mjKind(c.prev), mjKind(c.next)
	switch {
	case lk == mjUpper && pk == mjLower:
		ev++ // a capital inside a lowercase word
	case (lk == mjSym || lk == mjPunct) && mjIsLetter(pk):
		ev += 0.5
	case mjIsLetter(lk) && (pk == mjDigit || pk == mjSym):
		ev += 0.5 // a letter glued to a number or symbol
	}
	if p.strongLead(lead) {
		ev++
	}
	// C2 leads decode to Latin-1 symbols ("Â£", "Â°") and C3 A0 is "à":
	// the commonest mojibake in any page.
	b0, _ := p.byteOf(lead)
	b1, _ := p.byteOf(u[1])
	if b0 == 0xC2 || b0 == 0xC3 && b1 == 0xA0 {
		ev++
	}
	if b0 == 0xC2 && b1 == 0xA0 && (lead == 'Â' || !mjIsLetter(lk) || pk != mjSpace && pk != mjOther || nk == mjOther) {
		// A misread no-break space; but a one-letter word, such as the
		// Russian "В", may really be followed by one, unless glued to the
		// text before it or ending the line.
		ev += 1.5
	}
	if lead >= 0x2500 && lead <= 0x257F && mjIsLetter(pk) {
		ev++ // box drawing glued to a word
	}
	if mjIsLetter(pk) && mjIsLetter(lk) && mjScript(c.prev) != mjScript(lead) {
		ev += 0.5 // a script switch inside a word
	}
	for _, r := range u[1:] {
		if r >= 0x80 && r < 0xA0 && !p.latin && p.dec[r] != r {
			ev-- // the page has its own character for this byte
		}
		switch k := mjKind(r); {
		case r == utf8.RuneError:
			ev++
		case r == '?':
			ev += 0.5
		case k == mjCtl:
			ev += 2
		case r == '’' || r == '\'':
			ev += 0.5
			if c.next == 's' && !mjIsLetter(mjKind(c.next2)) {
				ev -= 1.5 // "X’s" is an ordinary possessive
			}
		case k == mjSym || k == mjPunct:
			ev++
		case r == '\u00A0' && mjIsLetter(lk) && (mjIsLetter(nk) || nk == mjSpace || nk == mjPunct):
			ev += 0.5 // a no-break space glued to a word, or doubling a space
		case k == mjSpace:
			ev += 0.25
		case mjIsLetter(k):
			ev += 0.5
		}
	}
	ev += 0.5 * float32(len(u)-2)
	if last := u[len(u)-1]; (mjIsLetter(nk) || nk == mjDigit) && last != '’' && last != '\'' {
		if k := mjKind(last); k == mjSym || k == mjPunct {
			ev += 0.5 // a symbol glued to the next word or number
		}
	}
	if c.prevUnit {
		ev += 0.75
	}
	if c.nextUnit {
		ev += 0.75
	}
	if ls, ds := mjScript(lead), mjScript(d); ds != 0 && ls != 0 && ls != ds && c.scripts&ds != 0 {
		ev += 0.5 // turns into the script the line repairs to
	}
	return ev
}

// mjImplausibility scores how out of place d, of the given rarity, is
// between the unit's neighbours.
func mjImplausibility(d rune, rarity float32, c mjCtx) float32 {
	imp := rarity
	pk, nk := mjKind(c.prev), mjKind(c.next)
	dk, ds := mjKind(d), mjScript(d)
	switch {
	case ds == mjLatin:
		if (dk == mjLower && (pk == mjLower || nk == mjLower)) ||
			(dk == mjUpper && (pk == mjUpper || nk == mjUpper || !mjIsLetter(pk))) {
			imp -= 0.5
		}
		if dk == mjLower && pk == mjUpper && (nk == mjUpper || mjKind(c.prev2) == mjUpper && nk != mjLower) {
			imp += 0.5 // a small letter inside a capitalised word
		}
	case ds != 0:
		for _, nb := range [2]rune{c.prev, c.next} {
			if !mjIsLetter(mjKind(nb)) {
				continue
			}
			switch ns := mjScript(nb); {
			case ns == ds:
				imp -= 0.5
			case ds == mjCJK:
				imp += 1.5
			case ds == mjGreek:
				imp += 0.25 // Greek letters are common in Latin science text
			default:
				imp++
			}
		}
		if !c.prevUnit && !c.nextUnit && !mjIsLetter(pk) && !mjIsLetter(nk) && c.scripts&ds == 0 {
			imp++ // a lone letter of a script the line does not use
		}
	case dk == mjMark:
		if pk == mjSpace || pk == mjOther {
			imp += 2 // a combining mark with nothing to combine with
		}
	}
	return imp
}

// mjRarity returns how unlikely r is as the repaired character (0 for
// everyday letters and punctuation) and false if r is never the answer.
func mjRarity(r rune) (float32, bool) {
	switch {
	case r < 0x80:
		return 0, false
	case r < 0xA0:
		// A C1 control is the middle layer of doubled mojibake, or a
		// Windows-1252 character read as Latin-1; either way more
		// evidence is needed.
		return 1.5, true
	case r <= 0xFF:
		if r == 0xAD {
			return 1, true
		}
		if unicode.IsLetter(r) {
			return 0, true
		}
		return 0.5, true
	case r <= 0x17F:
		switch r {
		case 0x149:
			return 1, true
		case 0x17F: // long s
			return 2, true
		}
		return 0, true
	case r <= 0x24F:
		switch {
		case r == 0x192, r >= 0x1A0 && r <= 0x1B0, r >= 0x1CD && r <= 0x1DC, r >= 0x218 && r <= 0x21B:
			return 0, true
		}
		return 2, true
	case r <= 0x2AF:
		return 3, true
	case r <= 0x2FF:
		switch {
		case r == 0x2BB, r == 0x2BC, r == 0x2C6, r == 0x2C7, r >= 0x2D8 && r <= 0x2DD:
			return 1, true
		}
		return 3, true
	case r <= 0x36F:
		return 0.5, true
	case r <= 0x3FF:
		if r >= 0x386 && r <= 0x3CE {
			return 0, true
		}
		return 2, true
	case r <= 0x45F:
		return 0, true
	case r <= 0x48F:
		return 3, true
	case r <= 0x4FF:
		if r == 0x490 || r == 0x491 {
			return 0, true
		}
		return 1, true
	case r <= 0x58F:
		return 2.5, true
	case r <= 0x5FF:
		if r >= 0x5D0 && r <= 0x5EA {
			return 0, true
		}
		return 2, true
	case r <= 0x6FF:
		switch {
		case r >= 0x621 && r <= 0x64A, r >= 0x660 && r <= 0x669, r >= 0x671 && r <= 0x6D3:
			return 0, true
		case r >= 0x64B && r <= 0x65F:
			return 1, true
		}
		return 1.5, true
	case r <= 0x8FF:
		return 3, true
	case r <= 0xE7F:
		return 0, true // Indic scripts and Thai
	case r >= 0x1E00 && r <= 0x1EFF:
		return 0, true
	case r <= 0x1FFF:
		return 1, true
	case r <= 0x206F:
		switch {
		case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x203A, r == 0x2044:
			return 0, true
		case r >= 0x200B && r <= 0x200F, r >= 0x2028 && r <= 0x202F, r >= 0x2060:
			return 1, true
		}
		return 0.5, true
	case r <= 0x209F:
		return 1, true
	case r <= 0x20CF:
		return 0, true
	case r <= 0x20FF:
		return 2, true
	case r <= 0x27BF:
		return 0.5, true
	case r <= 0x2BFF, r >= 0x2E00 && r <= 0x2E7F:
		return 1, true
	case r <= 0x2DFF:
		return 2, true
	case r >= 0x3190 && r <= 0x33FF:
		return 1, true
	case r >= 0x3400 && r <= 0x4DBF:
		return 1.5, true
	case r <= 0x9FFF:
		return 0, true
	case r >= 0xAC00 && r <= 0xD7A3:
		return 0, true
	case r <= 0xD7FF:
		return 2, true
	case r <= 0xF8FF:
		return 0, false // surrogates and private use
	case r >= 0xFB00 && r <= 0xFB06:
		return 0.5, true
	case r >= 0xFF00 && r <= 0xFFEF:
		return 0.5, true
	case r == 0xFFFD:
		return 0.5, true
	case r >= 0xFFFE && r <= 0xFFFF:
		return 0, false
	case r <= 0xFFFF:
		return 1.5, true
	case r >= 0x1F000 && r <= 0x1FAFF:
		return 0, true
	case r >= 0x20000 && r < 0x32000:
		return 1, true
	case r <= 0x1FFFF:
		return 2, true
	}
	return 0, false
}
