package clean

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isDateLine reports whether a line holds only a date or a time, perhaps
// with month and weekday names or an "updated" label: at least two numbers,
// one of them a year or a clock time, and few words.
func isDateLine(s string) bool {
	if len(s) > 100 || !hasDigit(s) {
		return false
	}
	if len(s) <= 16 && liveTime(s) {
		return true
	}
	nums, words, letters, anchor := 0, 0, 0, false
	years := 0 // numbers that are a year and nothing more
	// The line starts with a number (lead), then words (between), which
	// a separator may set off from what follows (apart).
	lead, between, apart := false, 0, false
	for rest := s; rest != ""; {
		// The tokens are runs of letters and digits.
		i := strings.IndexFunc(rest, isAlnum)
		if i < 0 {
			break
		}
		apart = apart || between > 0 && strings.ContainsAny(rest[:i], "-–—|/·•")
		rest = rest[i:]
		j := strings.IndexFunc(rest, notAlnum)
		if j < 0 {
			j = len(rest)
		}
		tok := rest[:j]
		rest = rest[j:]
		if digitCount(tok) > 0 && !wordWithNumber(tok) && !quarter(tok) {
			lead = lead || nums+words == 0
			nums++ // "18h30", "7th", "2016年12月7日" count too
			if isDigits(tok) {
				if gluedHour(tok, rest) {
					// "December 15, 20163:33 PM ET": a scraper joined the
					// year to the hour. Both count.
					anchor = true
					nums++
					continue
				}
				if len(tok) == 3 || len(tok) > 4 {
					// Days, months, hours and minutes take two digits
					// and years four: "+81 158-23-2012" is a phone number.
					return false
				}
				if len(tok) == 4 && (strings.HasPrefix(tok, "19") || strings.HasPrefix(tok, "20")) {
					anchor = true
					years++
				}
			} else if y, ok := nativeNumber(tok); ok {
				// A year in Arabic, Persian or Indic digits, by the
				// Gregorian, Solar Hijri or Islamic calendar.
				anchor = anchor || y >= 1300 && y < 1500 || y >= 1900 && y < 2100
			} else {
				anchor = anchor || strings.ContainsAny(tok, "年月日时時")
				if strings.Contains(tok, "年") {
					nums += digitRuns(tok) - 1 // "2024年4月18日" is a year, a month and a day
					if strings.HasSuffix(tok, "年") && digitRuns(tok) == 1 {
						years++
					}
				}
			}
			continue
		}
		if utf8.RuneCountInString(tok) > 12 {
			return false
		}
		words++
		if utf8.RuneCountInString(tok) == 1 {
			letters++ // of an abbreviation: "a.m.", Thai "ม.ค."
		}
		if nums == 1 && !apart && !particle(tok) {
			between++
		}
	}
	if lead && between >= 3 {
		// "16. We Torture (Jan. 5, 2007)", "101 Tips I Learned in 2006":
		// a number and then a phrase is a numbered headline; a date puts
		// at most a month and a weekday between its numbers. A commenter's
		// name set off by a dash ("4. Jane Doe - May 2, 2012") does not
		// count.
		return false
	}
	if words >= 3 && endsInWordStop(s) {
		// "In 2023, 1.26 million children were born." is a sentence.
		return false
	}
	if datedItem(s) {
		return false
	}
	if years == nums {
		// "Indicator | 2024 | 2023 | Change", "Jane Doe (1939–2025)": a
		// table's head or a life, for a date has a day or a month.
		return false
	}
	if !anchor && strings.Contains(s, ":") && clockTime(s) {
		if words-letters > 4 || namedCells(s) >= 2 {
			// "17. Viktoria Hessberg 25 Spiele, 22:51 Tore", "Jelovica |
			// 30:29 | Kras": without a year, a time takes a day, a month
			// and a word or two with it ("Monday 5 March at 10:30 am"),
			// not a row of figures or a result between two names.
			return false
		}
		anchor = true
	}
	return anchor && nums >= 2 && words <= nums+3 && words <= 6
}

// gluedHour reports whether digits tok, followed by rest, are a year
// run into an hour ("20163" before ":33").
func gluedHour(tok, rest string) bool {
	if len(tok) < 5 || len(tok) > 6 || !strings.HasPrefix(tok, "19") && !strings.HasPrefix(tok, "20") {
		return false
	}
	return len(rest) >= 3 && rest[0] == ':' && isASCIIDigit(rest[1]) && isASCIIDigit(rest[2])
}

// nameJoiners may stand between the capitalised words of authors' names
// and places in a byline: particles, "and", and separators.
var nameJoiners = map[string]bool{"de": true, "del": true, "da": true, "do": true, "di": true, "van": true, "von": true,
	"der": true, "la": true, "le": true, "y": true, "e": true, "i": true, "and": true, "und": true, "et": true, "en": true,
	"/": true, "|": true, "-": true, "–": true, "·": true, "•": true, "&": true, ",": true}

// isDatedByline reports whether s is a byline that ends in its story's
// date and time: capitalised names and places, then a date with a year
// and a clock time ("María R. Sahuquillo / Emilio de Benito Madrid 27 OCT
// 2012 - 12:14 CET"). isDateLine takes the shorter ones.
func isDatedByline(s string) bool {
	// A clock time's colon first: it rules out most lines at once.
	if len(s) > 120 || strings.IndexByte(s, ':') < 0 {
		return false
	}
	at := strings.IndexFunc(s, unicode.IsDigit)
	if at <= 0 {
		return false
	}
	stamp := s[at:]
	// A stamp may say how long ago before it says when: "12 minutes ago
	// Wed 29th April 2020 | 03:32 PM".
	if _, rest, ok := strings.Cut(stamp, " ago "); ok && len(stamp)-len(rest) <= len("12 minutes ago ") {
		stamp = rest
	}
	if !clockTime(stamp) || !isDateLine(stamp) || !strings.Contains(stamp, "20") && !strings.Contains(stamp, "19") {
		return false
	}
	// The time ends the line, perhaps with its zone: a commenter's "at
	// 10:33 am Jane Doe said:" goes on.
	last := stamp[strings.LastIndexFunc(stamp, unicode.IsDigit)+1:]
	if tail := strings.Trim(last, " .)"); utf8.RuneCountInString(tail) > 4 || strings.ContainsAny(tail, ":|") {
		return false
	}
	names := 0
	for _, w := range strings.Fields(s[:at]) {
		switch {
		case nameJoiners[strings.ToLower(w)]:
		case strings.HasPrefix(w, "(@") && len(w) > len("(@)"): // the author's handle
		case startsUpper(w) && !strings.ContainsFunc(w, unicode.IsDigit):
			names++
		default:
			return false
		}
	}
	return names >= 2 && names <= 10
}

// namedCells counts the cells of a row set in pipes that hold a letter;
// a line with fewer than two pipes is no such row and has none.
func namedCells(s string) int {
	if strings.Count(s, "|") < 2 {
		return 0
	}
	n := 0
	for cell := range strings.SplitSeq(s, "|") {
		if hasLetter(cell) {
			n++
		}
	}
	return n
}

// digitRuns counts the runs of digits in s, in any decimal digits.
func digitRuns(s string) int {
	n, in := 0, false
	for _, r := range s {
		d := unicode.IsDigit(r)
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// isEmail reports whether a line is an e-mail address alone: it says
// where to write, and heads nothing.
func isEmail(s string) bool {
	s = strings.TrimSpace(s)
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 1 && !strings.ContainsAny(s, " \t/")
}

// isQuote reports whether a line is a market quote ("DOLAR 36,6120",
// "BIST 100 9.842,15 %0,84", "日経平均 37,512.33 +128.45"): a name of up to
// three words, then a figure or three, one with a decimal or thousands
// separator, and nothing after the last but a percent sign. A label and a
// colon make a field of a fact box instead ("Turnout: 71,8").
func isQuote(s string) bool {
	s = strings.TrimRight(s, " %")
	if r, _ := utf8.DecodeLastRuneInString(s); !unicode.IsDigit(r) || strings.ContainsAny(s, ":=") {
		return false
	}
	words, figures, separated := 0, 0, false
	for f := range strings.FieldsSeq(s) {
		switch {
		case hasLetter(f):
			if figures > 0 {
				return false // words after a figure: a phrase, not a quote
			}
			words++
		case strings.ContainsFunc(f, unicode.IsDigit):
			figures++
			separated = separated || inDigitSep(f) && digitCount(f) >= 3 // "Web 2.0" is a name
		}
	}
	return words > 0 && words <= 3 && figures <= 3 && separated
}

// inDigitSep reports whether s has a full stop or comma between two digits.
func inDigitSep(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == ',') && '0' <= s[i-1] && s[i-1] <= '9' && '0' <= s[i+1] && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// particle reports whether a word is one that Romance languages put
// between the numbers of a date: the "de" of "28 de julho de 2024".
func particle(w string) bool {
	switch w {
	case "de", "del", "di", "do", "da":
		return true
	}
	return false
}

// datedItem reports whether a line is a date, then a colon, then a phrase
// of three words or more: "2 décembre 2019 : Reportage JT 13 heures de
// France 2" is an entry of a list of events, not a date. A label before
// the date ("Updated: 5 March 2012, 10:30") is no phrase after it.
func datedItem(s string) bool {
	i := strings.Index(s, ": ")
	if i < 0 || !hasDigit(s[:i]) {
		return false
	}
	words := 0
	for _, f := range strings.Fields(s[i+2:]) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLetter(r) && utf8.RuneCountInString(f) > 1 {
			words++
		}
	}
	return words >= 3
}

// wordWithNumber reports whether a token that holds digits is a word with a
// number in it, as Chinese and Japanese write without spaces
// ("销量同比增长32"), rather than a number or a date ("2016年12月7日",
// "3月份"): it has more than two such characters beyond those that write
// dates and times.
func wordWithNumber(tok string) bool {
	n := 0
	for _, r := range tok {
		if isCJK(r) && !strings.ContainsRune(dateChars, r) {
			n++
		}
	}
	return n > 2
}

// quarter reports whether a token is a letter and a digit that name a
// part of a year ("Q4", "S1", "H2"): a word of a table's head, not a
// number of a date.
func quarter(tok string) bool {
	return len(tok) == 2 && unicode.IsLetter(rune(tok[0])) && '1' <= tok[1] && tok[1] <= '4'
}

// dateChars are the characters that Chinese and Japanese write dates and
// times with.
const dateChars = "年月日时時分秒号號"

// endsInWordStop reports whether s ends with a full stop straight after a
// word of three letters or more, as a sentence does and a date does not
// ("12. 3. 2024.", "10:32 a.m.").
func endsInWordStop(s string) bool {
	s = strings.TrimRight(s, " ")
	last, n := utf8.DecodeLastRuneInString(s)
	if !isFullStop(last) {
		return false
	}
	s = s[:len(s)-n]
	word := len(s) - len(strings.TrimRightFunc(s, isAlnum))
	return word > 0 && !hasDigit(s[len(s)-word:]) && utf8.RuneCountInString(s[len(s)-word:]) >= 3
}

// isAlnum reports whether r belongs to a word: a letter, a digit, or a
// mark, which Devanagari, Thai and other scripts write their vowels with.
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && unicode.IsMark(r) // no marks before U+0300
}

func notAlnum(r rune) bool { return !isAlnum(r) }

func hasDigit(s string) bool {
	for _, r := range s {
		if '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// clockTime reports whether s contains a time of day, h:mm or hh:mm in
// any digits: hours up to 24 and minutes up to 59, so that a score
// ("34:27") or a goal difference ("27:44") is no time.
func clockTime(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] != ':' {
			continue
		}
		hour, ok := digitsBefore(s[:i])
		if !ok || hour > 24 {
			continue
		}
		m1, n1 := utf8.DecodeRuneInString(s[i+1:])
		m2, n2 := utf8.DecodeRuneInString(s[i+1+n1:])
		after, _ := utf8.DecodeRuneInString(s[i+1+n1+n2:])
		if unicode.IsDigit(m1) && unicode.IsDigit(m2) && !unicode.IsDigit(after) && digitValue(m1) <= 5 {
			return true
		}
	}
	return false
}

// liveTime reports whether s is a time of day alone, as a live blog sets
// over each entry, with the hours and minutes apart by a colon, a full
// stop or an "h" ("14h48", "9 h 20", "Kl. 22.37", "10.58 Uhr", "14:05
// horas"), and a short word at most: a full stop between two numbers is a
// time only on its own or with a word of three letters.
func liveTime(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, asciiDigits)
	if i < 0 || !shortWord(s[:i], 3) {
		return false
	}
	rest := s[i:]
	j := len(rest) - len(strings.TrimLeft(rest, asciiDigits)) // the hour's digits
	if j == 0 || j > 2 {
		return false
	}
	hour, sep := rest[:j], 1
	if strings.HasPrefix(rest[j:], " h ") {
		sep = len(" h ") // as Quebec and Belgium write it
	} else if !strings.ContainsRune(":.h", rune(rest[min(j, len(rest)-1)])) {
		return false
	}
	if j+sep+2 > len(rest) {
		return false
	}
	minute := rest[j+sep : j+sep+2]
	if !isDigits(minute) || hour > "24" && len(hour) == 2 || minute[0] > '5' {
		return false
	}
	word := 5 // "horas", "hodin"
	if rest[j] == '.' {
		word = 3 // "12.30 Euro" is a price
	}
	return shortWord(rest[j+sep+2:], word)
}

const asciiDigits = "0123456789"

// shortWord reports whether s holds at most one word of up to maxLetters
// letters ("kl.", "Uhr", "à") besides spaces and punctuation.
func shortWord(s string, maxLetters int) bool {
	letters, words, in := 0, 0, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if !in {
				words++
			}
			in = true
		case unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) || strings.ContainsRune("%+-−±", r):
			return false // a price, a share or a change is no time
		default:
			in = false
		}
	}
	return words <= 1 && letters <= maxLetters
}

// digitsBefore returns the value of the one or two digits that end s, and
// whether there are such, with no third digit before them.
func digitsBefore(s string) (int, bool) {
	digits := s[len(strings.TrimRightFunc(s, unicode.IsDigit)):]
	if n := utf8.RuneCountInString(digits); n == 0 || n > 2 {
		return 0, false
	}
	return nativeNumber(digits)
}

// nativeNumber returns the value of a number written in any decimal
// digits, such as "۱۴۰۲" or "२०२४", and whether tok is one.
func nativeNumber(tok string) (int, bool) {
	v, n := 0, 0
	for _, r := range tok {
		d := digitValue(r)
		if d < 0 || n == 9 {
			return 0, false
		}
		v, n = v*10+d, n+1
	}
	return v, n > 0
}

// digitValue returns the value of the decimal digit r, or -1. Unicode
// writes each script's digits as a run of ten, zero first.
func digitValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	d := 0
	for d < 9 && unicode.Is(unicode.Nd, r-rune(d)-1) {
		d++
	}
	return d
}

// isSectionList reports whether a line is a list of section names, as
// "Politics, World, Americas, Middle East" or "Home | News | Sport": three or
// more short items, every word capitalised, no sentence punctuation.
func isSectionList(s string) bool {
	const minMarkedSeps = 3 // arrows or bullets that mark a menu, not a trail
	if len(s) > 160 {
		return false
	}
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	if isFullStop(r) || r == '!' || r == '?' || r == '！' || r == '？' {
		return false
	}
	seps, pipes, marks := 0, 0, 0
	for rest := s; ; {
		i := listSep(rest)
		if i < 0 {
			break
		}
		seps++
		r, size := utf8.DecodeRuneInString(rest[i:])
		switch r {
		case '|':
			pipes++
		case '»', '›', '•':
			marks++
		}
		rest = rest[i+size:]
	}
	if seps < 2 {
		return false // three items need two separators
	}
	// Between pipes, only a menu's items stand: their names may be
	// written as in Vietnamese, "Thời sự | Thế giới | Kinh doanh", with
	// only the first word capitalised. So do the items marked by three
	// arrows or bullets or more ("» Über uns » FAQ » Impressum").
	loose := pipes == seps || marks == seps && seps >= minMarkedSeps
	var items [80]string // 160 bytes hold at most 80 items and their separators
	n, figures := 0, 0
	for rest := s; ; n++ {
		// The items are the runs between separators.
		rest = strings.TrimLeftFunc(rest, isListSep)
		if rest == "" {
			break
		}
		end := listSep(rest)
		if end < 0 {
			end = len(rest)
		}
		it := strings.TrimSpace(rest[:end])
		// A menu names each section once ("Übung, Übung, Übung" is a
		// refrain), and a label with a colon is a field of a data sheet.
		if slices.Contains(items[:n], it) || !isSectionItem(it, loose) {
			return false
		}
		if !hasLetter(it) {
			if figures++; figures == 2 || strings.Contains(it, "/") {
				return false // a row of a table ("Net profit | 86.4 | 65.6 | 31.7"), a byline's date ("…, 6/20/04")
			}
		}
		items[n] = it
		rest = rest[end:]
	}
	return n >= 3
}

//go:embed rules/sections.txt
var sectionData string

// sectionNames holds the folded names of news sites' sections, from
// rules/sections.txt.
var sectionNames = loadSectionNames(sectionData)

func loadSectionNames(data string) map[string]bool {
	names := map[string]bool{}
	for _, ln := range strings.Split(data, "\n") {
		code, list, ok := strings.Cut(ln, " ")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		for _, name := range strings.Split(list, ",") {
			if f := fold(strings.TrimSpace(name), false); f != "" {
				names[f] = true
			}
		}
	}
	return names
}

// isGluedMenu reports whether a line is a menu whose items a scraper ran
// together without spaces, "El paísEconomíaSociedadDeportes": four or more
// places where a word in lower case runs straight into a capital, more of
// them than spaces, and no full stop at the end. Two lower-case letters
// must come before the capital, so that names such as "iPhone" and
// "McDonald" are no such place.
func isGluedMenu(s string) bool {
	if len(s) > maxGluedMenu {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); isFullStop(r) || r == '!' || r == '?' {
		return false // a sentence, as most lines are
	}
	// Each join takes three letters at least: with a space to every
	// four bytes, joins cannot outnumber spaces.
	spaces := strings.Count(s, " ")
	if 4*spaces >= len(s) {
		return false
	}
	// Each join has a capital: a line with no more capitals than spaces,
	// as prose in a cased script is, has no more joins either. Any byte
	// that starts a multi-byte rune may be one.
	caps := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0xC0 {
			caps++
		}
	}
	if caps <= spaces {
		return false
	}
	joins := 0
	var p1, p2 rune // the rune before, and the one before that
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		upper := 'A' <= r && r <= 'Z'
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			upper = unicode.IsUpper(r)
		}
		if upper && isLowerRune(p1) && isLowerRune(p2) {
			joins++
		}
		p2, p1 = p1, r
		i += size
	}
	return joins >= minGluedJoins && joins > spaces
}

// isSpacedMenu reports whether a line is a menu of Chinese or Japanese
// section names set apart by spaces, "学会简介 历史沿革 学会章程 组织机构":
// minSpacedItems or more items of two to twelve characters, each all Han
// or kana (book-title brackets and the long-vowel mark allowed). These
// scripts write a sentence without spaces between its words, so a line of
// short spaced items lists names.
func isSpacedMenu(s string) bool {
	if len(s) > maxGluedMenu || strings.Count(s, " ") < minSpacedItems-1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); r < 0x3000 {
		return false
	}
	items := 0
	for item := range strings.FieldsSeq(s) {
		n := 0
		for _, r := range item {
			if n++; n > 12 || !isHanOrKana(r) && !strings.ContainsRune("《》「」ー・", r) {
				return false
			}
		}
		if n < 2 {
			return false
		}
		items++
	}
	return items >= minSpacedItems
}

// isHanOrKana reports whether r is a Chinese character or Japanese kana.
func isHanOrKana(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// isLowerRune reports whether r is a lower-case letter, ASCII first.
func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isSectionMenu reports whether a folded line is a navigation bar that a
// scraper flattened into words, "Startseite Politik Wirtschaft Sport
// Kultur": four or more section names of one to three words each, and
// nothing but spaces or list separators between them. Unlike
// isSectionList, it needs no separators and no capitals, so it asks for
// known names.
func isSectionMenu(folded []byte) bool {
	if len(folded) > 160 {
		return false
	}
	// The words are read as the names are matched, so that most lines
	// fail at their first word: starts and ends hold the words read so far.
	var starts, ends [25]int
	n, at := 0, 0
	more := func() bool { // reads one more word
		for at < len(folded) {
			sp := menuSpace(folded, at)
			if sp == 0 {
				break
			}
			at += sp
		}
		if at == len(folded) || n == len(starts) {
			return false
		}
		starts[n] = at
		for at < len(folded) && menuSpace(folded, at) == 0 {
			at++
		}
		ends[n] = at
		n++
		return true
	}
	items := 0
	for w := 0; ; items++ {
		if w == n && !more() {
			return items >= 4
		}
		k := 1
		for ; k <= 3; k++ {
			if w+k > n && !more() {
				return false
			}
			if sectionNames[string(folded[starts[w]:ends[w+k-1]])] {
				break
			}
		}
		if k > 3 {
			return false
		}
		w += k
	}
}

// menuSpace returns the length of the space or list separator at byte i of
// a folded line, or 0: folded text has no other blanks.
func menuSpace(folded []byte, i int) int {
	if c := folded[i]; c < utf8.RuneSelf {
		if c == ' ' || isListSep(rune(c)) {
			return 1
		}
		return 0
	}
	if r, size := utf8.DecodeRune(folded[i:]); isListSep(r) {
		return size
	}
	return 0
}

// isSectionItem reports whether an item of a list reads as a section name:
// one to three words, each capitalised or a conjunction, or when loose the
// first capitalised.
func isSectionItem(it string, loose bool) bool {
	words := 0
	for rest := it; ; words++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		if words == 3 || strings.ContainsAny(w, ":：") {
			return false
		}
		if w == "&" || w == "and" || w == "und" || w == "et" || w == "y" || w == "e" || w == "и" || w == "ve" {
			continue
		}
		if loose && words > 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return false
		}
	}
	return words > 0
}

// isBreadcrumb reports whether a line is a trail of sections, "Accueil ›
// Pays de la Loire › Saint-Aubin", "Spor / Futbol": two to six items
// between spaced separators of one kind, each of a few words that start
// with a capital or are in a script without case, with no digits and
// nothing that ends a sentence. Pipes are left out: titles end with
// "| Site name".
func isBreadcrumb(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 160 || s == "" || isSentenceEnd(rune(s[len(s)-1])) {
		return false // most lines of text end as sentences: a quick no
	}
	steps, sep := trailSteps(s)
	if steps == 0 || steps > 6 {
		return false
	}
	maxWords := 4
	if steps == 2 {
		maxWords = 3
	}
	for it := range strings.SplitSeq(s, sep) {
		if !trailStep(it, maxWords) {
			return false
		}
	}
	return true
}

// trailSteps returns the number of steps of a trail set between spaced
// separators of one kind, and the separator; none for a line that has no
// separator or two kinds of them.
func trailSteps(s string) (int, string) {
	if !spaceBeforeSep(s) {
		return 0, ""
	}
	sep := ""
	for _, c := range breadcrumbSeps {
		if strings.Contains(s, c) {
			if sep != "" {
				return 0, ""
			}
			sep = c
		}
	}
	if sep == "" {
		return 0, ""
	}
	return strings.Count(s, sep) + 1, sep
}

// trailStep reports whether it may be one step of a breadcrumb trail: a
// section's name of a few words, with no punctuation, and digits only
// inside a word ("News18"): a number of its own is a score or a date.
func trailStep(it string, maxWords int) bool {
	words := strings.Fields(it)
	r, _ := utf8.DecodeRuneInString(it)
	if len(words) == 0 || len(words) > maxWords || unicode.IsLower(r) || strings.ContainsAny(it, ".!?:;,\"“”«»()") {
		return false
	}
	for _, w := range words {
		if isASCIIDigit(w[0]) || isASCIIDigit(w[len(w)-1]) && !hasLetter(w) {
			return false
		}
	}
	return true
}

// titledTrail reports whether line i, t, is a breadcrumb trail that ends
// with the page's title, "Home » Opinion » The Best Offense in Baseball":
// sections' names up to a last step of any shape that a line near it
// repeats whole, as the headline does.
func titledTrail(d *document, i int, t string) bool {
	const reach = 3 // lines with text between the trail and its headline
	// The first step is a section's name of a few words: its separator
	// comes early, or the line is no trail (a quick no for most lines).
	if len(t) > 400 || !spaceBeforeSep(t[:min(len(t), 48)]) {
		return false
	}
	steps, sep := trailSteps(t)
	if steps < 2 || steps > 7 {
		return false
	}
	cut := strings.LastIndex(t, sep)
	for it := range strings.SplitSeq(t[:cut], sep) {
		if !trailStep(it, 4) {
			return false
		}
	}
	title := strings.TrimSpace(t[cut+len(sep):])
	if title == "" {
		return false
	}
	for _, step := range [2]int{1, -1} { // under the trail, then over it
		for j, seen := i+step, 0; j >= 0 && j < len(d.lines) && seen < reach; j += step {
			s := strings.TrimSpace(d.view(j))
			if strings.EqualFold(s, title) {
				return true
			}
			if s != "" {
				seen++
			}
		}
	}
	return false
}

var breadcrumbSeps = []string{" › ", " » ", " > ", " / ", " · ", " → ", " ＞ "}

// sepStarts marks the first byte of each breadcrumb separator after its
// space.
var sepStarts = func() (t [256]bool) {
	for _, sep := range breadcrumbSeps {
		t[sep[1]] = true
	}
	return t
}()

// spaceBeforeSep reports whether a space in s comes before the first byte
// of a breadcrumb separator: one pass over the line, where looking for
// each separator would take one each.
func spaceBeforeSep(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		if sepStarts[s[i+1]] {
			return true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// listSep returns the index of the first list separator in s, or -1. A
// slash between digits writes a date or a fraction ("2020/7/11", "1/2")
// and parts no items.
func listSep(s string) int {
	for off := 0; ; {
		i := strings.IndexFunc(s[off:], isListSep)
		if i < 0 {
			return -1
		}
		i += off
		if s[i] != '/' || i == 0 || i+1 == len(s) || !isASCIIDigit(s[i-1]) || !isASCIIDigit(s[i+1]) {
			return i
		}
		off = i + 1
	}
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isListSep(r rune) bool {
	switch r {
	case ',', '|', '/', '•', '·', '»', '›', '>', ';', '‧', '–', '—':
		return true
	}
	return false
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool { return strings.IndexFunc(s, isAlnum) >= 0 }

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// labelledHeadline reports whether s is a headline under a label of a
// word or two and a colon, as stories told in a video are headed
// ("WATCH: Indonesia frees Bali Nine drug smuggler").
func labelledHeadline(s string) bool {
	label, title, ok := strings.Cut(s, ":")
	return ok && len(strings.Fields(label)) <= 2 && len(strings.Fields(title)) >= 4
}

// bracketTail returns s without the link or note of a word or three in
// square brackets that may follow its closing full stop ("… w Polsce.
// [czytaj więcej]", "…in 1900.[1]"). A headline's tag after a question or
// an exclamation ("[Photos]"), or the mark of a teaser cut short ("[…]"),
// stays.
func bracketTail(s string) string {
	if !strings.HasSuffix(s, "]") {
		return s
	}
	i := strings.LastIndexByte(s, '[')
	if i <= 0 || len(strings.Fields(s[i:])) > 3 || !strings.ContainsFunc(s[i:], isAlnum) {
		return s
	}
	head := strings.TrimRight(s[:i], " ")
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(head, closingQuotes)); !isFullStop(r) {
		return s
	}
	return head
}

// photoAgencies are the sources a photo's credit names after the
// photographer and a slash: "Chuck Burton/AP", "Win McNamee/Getty Images".
var photoAgencies = map[string]bool{"AP": true, "AFP": true, "Reuters": true, "REUTERS": true, "Getty": true,
	"Getty Images": true, "EPA": true, "EPA-EFE": true, "Bloomberg": true, "Bloomberg News": true, "Shutterstock": true,
	"PA": true, "PA Wire": true, "AAP": true, "EFE": true, "dpa": true, "DPA": true, "ANSA": true, "Xinhua": true,
	"Anadolu": true, "Anadolu Agency": true, "SIPA": true, "Sipa": true, "ZUMA": true, "ZUMA Wire": true, "Redux": true,
	"Corbis": true, "Alamy": true, "iStock": true, "iStockphoto": true, "NPR": true, "NASA": true, "Polaris": true,
	"TASS": true, "Kyodo": true, "Yonhap": true, "IMAGO": true, "Imago": true, "picture alliance": true,
	"Picture Alliance": true, "Keystone": true, "Belga": true, "ANP": true, "NTB": true, "Ritzau": true, "Lusa": true,
	"Flickr": true, "Wikimedia Commons": true, "Handout": true}

// isAgencyCredit reports whether s is a photo's credit set as the
// photographer's name, a slash and the agency: "Chuck Burton/AP".
func isAgencyCredit(s string) bool {
	i := strings.LastIndexByte(s, '/')
	if i <= 0 || len(s) > 80 {
		return false
	}
	name, agency := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
	}
	if photoAgencies[agency] {
		return true
	}
	// "… Images", "… Pictures", "… Press" name an agency too.
	k := strings.LastIndexByte(agency, ' ')
	if k <= 0 || strings.Count(agency, " ") > 2 {
		return false
	}
	switch agency[k+1:] {
	case "Images", "Photos", "Photo", "Pictures", "Press", "Wire":
		return startsUpper(agency)
	}
	return false
}

// slideWords join the two numbers of a gallery's slide counter: "2 of 12".
var slideWords = []string{"/", "of", "von", "de", "di", "sur", "из", "z", "av", "van", "af"}

// isSlideCount reports whether s is the counter of a photo gallery, the
// slide shown out of how many: "2/3", "4 of 12", "3 von 10".
func isSlideCount(s string) bool {
	number := func(s string) (int, string) {
		n, k := 0, 0
		for k < len(s) && k < 3 && '0' <= s[k] && s[k] <= '9' {
			n, k = n*10+int(s[k]-'0'), k+1
		}
		if k == 0 || k < len(s) && '0' <= s[k] && s[k] <= '9' {
			return -1, s
		}
		return n, strings.TrimLeft(s[k:], " ")
	}
	shown, rest := number(strings.TrimSpace(s))
	if shown < 1 {
		return false
	}
	for _, w := range slideWords {
		if after, ok := strings.CutPrefix(rest, w); ok && (w == "/" || strings.HasPrefix(after, " ")) {
			total, tail := number(strings.TrimLeft(after, " "))
			return tail == "" && total >= shown && total > 1
		}
	}
	return false
}

// commenterVerbs end the line that introduces a reader's comment, "Jane
// wrote:", "Rishil says:", in several languages.
var commenterVerbs = []string{"wrote", "writes", "says", "said", "schrieb", "sagt", "a écrit", "dit",
	"escribió", "dice", "disse", "scrive", "ha scritto", "написал", "написала", "пишет", "schreef", "zegt",
	"yazdı", "dedi", "napisał", "napisała", "kirjoitti", "skrev", "sagde", "sa"}

// relativeTime matches a time counted back from now, the way comment
// threads stamp their comments: "3 hours ago", "2 hours ago at 12:02 pm",
// "vor 3 Stunden", "il y a 2 jours", "3 saat önce".
var relativeTime = regexp.MustCompile(`(?i)^(?:\d{1,3}\s*[\pL\pM]+\s+(?:ago|önce|назад|тому|पहले|lalu|trước|sitten|siden|sedan|geleden|fa|temu|پیش|قبل)|(?:vor|il y a|hace|há|fa|před|acum|преди|منذ|לפני|för)\s+\d{1,3}\s+[\pL\pM]+)(?:$|[\s,]+(?:at|um|à|a las|alle|в|om|kl\.?)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?$)`)

// isCommentStamp reports whether a line stamps a reader's comment with its
// time, alone or after the commenter's name set off by a bullet: "3 hours
// ago", "Jane Doe • 2 weeks ago", "May 2, 2012 at 4:05 pm". Lists of
// stories carry dates too, so this is evidence of a thread only under a
// comment heading.
func isCommentStamp(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 80 {
		return false
	}
	if i := strings.LastIndexAny(s, "•·|"); i > 0 {
		name := strings.TrimSpace(s[:i])
		if len(strings.Fields(name)) > 4 || !hasLetter(name) {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		s = strings.TrimSpace(s[i+size:])
	}
	if m := submittedBy.FindStringIndex(s); m != nil {
		// "Soumis par Jane, le lundi 29 octobre 2012 à 15h46": the name,
		// then the date.
		rest := s[m[1]:]
		at := strings.IndexFunc(rest, unicode.IsDigit)
		return at > 0 && len(strings.Fields(rest[:at])) <= 8 && isDateLine(rest[at:])
	}
	return relativeTime.MatchString(s) || isDateLine(s)
}

// submittedBy opens the stamp of a post or a comment in Drupal and blog
// engines: "Submitted by", "Soumis par", "Posted by".
var submittedBy = regexp.MustCompile(`(?i)^(?:soumis|submitted|posted|eingereicht|enviado|inviato|publicado|publié) (?:par|by|von|por|da) `)

// isCommenterLine reports whether a line introduces a comment: a short
// name, perhaps with a date, then "wrote:" or "says:". Article text quotes
// people the same way ("The minister wrote:"), so a line like this is
// evidence of a comment thread only where one is expected.
func isCommenterLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return false
	}
	s, ok := strings.CutSuffix(s, ":")
	if !ok {
		return false
	}
	s = strings.TrimRight(s, " \u00a0")
	for _, v := range commenterVerbs {
		if len(s) > len(v) && strings.EqualFold(s[len(s)-len(v):], v) && s[len(s)-len(v)-1] == ' ' {
			return hasAlnum(s[:len(s)-len(v)])
		}
	}
	return false
}

// A headline that quotes names its speaker in a few words and quotes a
// short sentence.
const (
	maxSpeakerWords = 8
	maxQuotedWords  = 12
)

// quotedTitle reports whether t gives a speaker, a colon and the one
// sentence they said, in quotes, as headlines do: `Neureuther vor der WM:
// "Ich denke von Rennen zu Rennen."`. Prose that quotes runs longer, or
// quotes more than a short sentence.
func quotedTitle(t string) bool {
	colon := strings.LastIndex(t, ": ")
	if colon <= 0 {
		return false
	}
	speaker, quote := t[:colon], strings.TrimSpace(t[colon+1:])
	r, n := utf8.DecodeRuneInString(quote)
	if !isOpening(r) || len(strings.Fields(speaker)) > maxSpeakerWords {
		return false
	}
	body := strings.TrimRight(quote[n:], closingQuotes+" \u00a0")
	if len(strings.Fields(body)) > maxQuotedWords {
		return false
	}
	return !strings.Contains(body, ". ") && !strings.Contains(body, "? ") && !strings.Contains(body, "! ")
}
