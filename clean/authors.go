package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Authors: bylines without a label, author boxes and biographies, and the
// box about the company that closes a press release, which sit beside the
// text and read like it.

// authorBox removes an author's box: a name on a line of its own, then a
// paragraph that starts with that name and goes on in lower case ("Jane
// Smith is a reporter who …"), after half of the article. A page with
// several such pairs is a list of people (speakers, panellists), which is
// text, and keeps them; so is a pair whose surname the article's good
// text names before it: the person is its subject, and the pair a section
// about them.
func authorBox(d *document, blocks []*block) {
	total, seen := goodText(blocks, false), 0
	var name, bio *block
	var surname string
	var before []*block
	for i, b := range blocks[:max(0, len(blocks)-1)] {
		if b.initial == good {
			seen += b.size
		}
		n := blocks[i+1]
		if b.ruled || n.ruled || seen*2 < total {
			continue
		}
		who := d.lines[b.lines[0]].feat.trimmed
		if !isName(b, who) {
			continue
		}
		if t := d.lines[n.lines[0]].feat.trimmed; n.size >= 100 && n.endsDot && strings.HasPrefix(t, who+" ") && startsLower(t[len(who)+1:]) {
			if name != nil {
				return
			}
			name, bio, before = b, n, blocks[:i]
			surname = strings.TrimFunc(who[strings.LastIndexByte(who, ' ')+1:], notAlnum)
		}
	}
	if name != nil && !mentions(d, before, surname) {
		name.markRuled(d, Byline, "structure: author box")
		bio.markRuled(d, Byline, "structure: author box")
	}
}

// companyBox removes the box about a company that closes a press release:
// "About Kilele Microfinance" on a line of its own, then a paragraph that
// opens with that name ("Kilele Microfinance Limited is a …"), then at
// most a line or two for the press to call, with no text kept after them.
// The company is the release's subject, so that the text naming it before,
// which keeps a section about a person, proves nothing here.
func companyBox(d *document, blocks []*block) {
	last := len(blocks) - 1
	for last >= 0 && (blocks[last].ruled || blocks[last].cls != good) {
		last--
	}
	for i := max(0, last-maxCompanyBox); i < last; i++ {
		b, desc := blocks[i], blocks[i+1]
		if b.ruled || len(b.lines) != 1 || desc.ruled || desc.size < 100 {
			continue
		}
		name := aboutWhom(d.lines[b.lines[0]].feat.trimmed)
		t := d.lines[desc.lines[0]].feat.trimmed
		if name == "" || !strings.HasPrefix(t, name) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[len(name):]); isAlnum(r) {
			continue // a longer name: "About Kilele" over "Kilelesoft"
		}
		if !slices.ContainsFunc(blocks[i+2:last+1], func(x *block) bool { return !x.ruled && !contactLine(d, x) }) {
			for _, x := range blocks[i : last+1] {
				if !x.ruled {
					x.markRuled(d, Promo, "structure: box about a company")
				}
			}
		}
		return
	}
}

// contactLine reports whether a block is a line for the press to call or
// write to: it holds an address or a phone number.
func contactLine(d *document, b *block) bool {
	if len(b.lines) != 1 {
		return false
	}
	s := d.view(b.lines[0])
	return strings.Contains(s, "@") || strings.Contains(s, "www.") || digitRuns(s) >= 3
}

// aboutPrefixes open the heading of a box about a company or a person.
var aboutPrefixes = []string{"about ", "über ", "à propos de ", "a propos de ", "acerca de ", "sobre ",
	"informazioni su ", "over ", "om ", "kuhusu ", "tentang ", "o ", "о ", "про ", "เกี่ยวกับ"}

// aboutWhom returns the name a box's heading is about ("About Kilele
// Microfinance", "À propos de Vélo Urbain"), or "": a name of at most
// maxNameWords words that starts with a capital.
func aboutWhom(s string) string {
	for _, p := range aboutPrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			name := strings.TrimSpace(strings.TrimRight(s[len(p):], ":："))
			if startsUpper(name) && len(strings.Fields(name)) <= maxNameWords {
				return name
			}
			return ""
		}
	}
	return ""
}

// bylineBio removes the author's biography at the end of an article: a
// paragraph at the end of the text, with less good text after it than
// it holds, that opens with the full name of the page's byline, then
// goes on in lower case ("Jane Smith is a reporter who …"). A person the
// text names before is its subject instead.
func bylineBio(d *document, blocks []*block) {
	var bylines []string
	for _, b := range blocks {
		if b.ruled && b.cat == Byline && len(b.lines) == 1 {
			bylines = append(bylines, d.view(b.lines[0]))
		}
	}
	if len(bylines) == 0 {
		return
	}
	total, seen := goodText(blocks, false), 0
	for i, b := range blocks {
		if b.initial == good {
			seen += b.size
		}
		// At the end of the text: a reader's comment to the author
		// has more comments after it.
		if b.ruled || b.initial != good || seen*3 < total*2 || total-seen > b.size {
			continue
		}
		name, rest := leadingName(d.view(b.lines[0]))
		if name == "" || !startsLower(rest) {
			continue
		}
		bylined := slices.ContainsFunc(bylines, func(l string) bool { return containsWord(l, name) })
		if bylined && !mentions(d, blocks[:i], name[strings.LastIndexByte(name, ' ')+1:]) {
			b.markRuled(d, Byline, "structure: author's biography")
		}
	}
}

// leadingName splits off the two or three capitalised words that open s,
// returning them and what follows.
func leadingName(s string) (name, rest string) {
	end, words := 0, 0
	for words < 3 {
		w := s[end:]
		sp := strings.IndexByte(w, ' ')
		if sp <= 0 || !startsUpper(w) {
			break
		}
		end += sp + 1
		words++
	}
	if words < 2 {
		return "", s
	}
	return s[:end-1], s[end:]
}

// datedNames removes the bare names of authors, as a page sets them
// under the story's date above or below the article: a line of two or
// three capitalised words right after a line a rule removed as a date,
// outside the article's run of good text. A name above the date is left
// alone, for a short title sits there as often.
func datedNames(d *document, blocks []*block) {
	first, last := -1, -1
	for i, b := range blocks {
		if b.initial == good {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	dated := func(i int) bool { return i >= 0 && blocks[i].ruled && blocks[i].cat == Date }
	for i, b := range blocks {
		if b.ruled || first <= i && i <= last || !dated(i-1) {
			continue
		}
		if isName(b, d.view(b.lines[0])) && b.words <= 3 && !b.colon {
			b.markRuled(d, Byline, "structure: name under a date")
		}
	}
}

// mentions reports whether the good blocks among blocks hold word as a
// word of their text.
func mentions(d *document, blocks []*block, word string) bool {
	for _, b := range blocks {
		if b.initial != good {
			continue
		}
		for _, i := range b.lines {
			if containsWord(d.view(i), word) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether s holds w with no letter or digit right
// before or after it.
func containsWord(s, w string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return false
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isAlnum(before) && !isAlnum(after) {
			return true
		}
		at = i + len(w)
	}
}

// isName reports whether a block could be a person's name: two to four
// words, each capitalised, no digits, and nothing else.
func isName(b *block, s string) bool {
	return len(b.lines) == 1 && b.words >= 2 && b.words <= 4 && b.lowers == 0 && !b.endsDot && !b.cjk && !hasDigit(s)
}

// startsUpper reports whether s starts with a capital or a letter of a
// script without case, as a headline does and a line of tags seldom.
// Opening quotes do not count: a headline may start with a quotation.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, isOpening))
	return unicode.IsLetter(r) && !unicode.IsLower(r)
}

// isOpening reports whether r opens a quotation or a bracket.
func isOpening(r rune) bool {
	return r == '\'' || r == '"' || unicode.In(r, unicode.Pi, unicode.Ps)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
