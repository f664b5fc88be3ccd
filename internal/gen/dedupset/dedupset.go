// Package dedupset generates labelled near-duplicate sets for measuring
// winnow's dedup: copies of news articles with the edits republishing
// introduces (edited words, a new lede, a cut ending, re-flowed lines,
// quote styles, no-break spaces, mojibake, page chaff), and synthetic
// articles for benchmarks at scale.
//
//	rng := rand.New(rand.NewPCG(1, 2))
//	copy := dedupset.Edit(rng, article, dedupset.Words, donor)
package dedupset

import (
	"math/rand/v2"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// Kind names one kind of edit.
type Kind string

// The edits a copy of an article can go through.
const (
	Words    Kind = "words"    // 2-8% of the words replaced, dropped or inserted
	Lede     Kind = "lede"     // the first paragraph rewritten
	Cut      Kind = "cut"      // the last 15-35% of paragraphs dropped
	Reflow   Kind = "reflow"   // paragraphs hard-wrapped at 60-80 columns
	Quotes   Kind = "quotes"   // straight quotes made curly, or the reverse
	Nbsp     Kind = "nbsp"     // a third of the spaces made no-break
	Mojibake Kind = "mojibake" // UTF-8 read as Windows-1252 and saved again
	Chaff    Kind = "chaff"    // page furniture and related headlines added
	Wire     Kind = "wire"     // a republished wire story: words, lede, cut and chaff together
)

// Kinds lists every edit kind.
var Kinds = []Kind{Words, Lede, Cut, Reflow, Quotes, Nbsp, Mojibake, Chaff, Wire}

// Edit returns a copy of text with one kind of edit. donor is another
// article: it supplies replacement words, a new lede and related headlines,
// so that edits read like news rather than noise.
func Edit(rng *rand.Rand, text string, kind Kind, donor string) string {
	switch kind {
	case Words:
		return editWords(rng, text, donor, 0.02+rng.Float64()*0.06)
	case Lede:
		return newLede(rng, text, donor)
	case Cut:
		return cutEnding(rng, text)
	case Reflow:
		return reflow(rng, text)
	case Quotes:
		return swapQuotes(text)
	case Nbsp:
		return nbsp(rng, text)
	case Mojibake:
		return mojibake(text)
	case Chaff:
		return addChaff(rng, text, donor)
	case Wire:
		t := editWords(rng, text, donor, 0.02+rng.Float64()*0.03)
		t = newLede(rng, t, donor)
		t = cutEnding(rng, t)
		return addChaff(rng, t, donor)
	}
	panic("dedupset: unknown edit kind " + string(kind))
}

func paragraphs(text string) []string {
	var ps []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

func editWords(rng *rand.Rand, text, donor string, rate float64) string {
	vocab := strings.Fields(donor)
	if len(vocab) == 0 {
		vocab = []string{"the", "said", "new"}
	}
	var out []string
	for _, p := range paragraphs(text) {
		ws := strings.Fields(p)
		var e []string
		for _, w := range ws {
			if rng.Float64() >= rate {
				e = append(e, w)
				continue
			}
			switch rng.IntN(3) {
			case 0: // replaced
				e = append(e, vocab[rng.IntN(len(vocab))])
			case 1: // dropped
			default: // inserted before
				e = append(e, vocab[rng.IntN(len(vocab))], w)
			}
		}
		out = append(out, strings.Join(e, " "))
	}
	return strings.Join(out, "\n\n")
}

func newLede(rng *rand.Rand, text, donor string) string {
	ps, ds := paragraphs(text), paragraphs(donor)
	if len(ps) < 2 || len(ds) == 0 {
		return text
	}
	// A rewritten lede keeps the names but not the sentences: shuffle the
	// words of the original lede into a donor paragraph's length.
	lede := strings.Fields(ps[0])
	d := strings.Fields(ds[rng.IntN(len(ds))])
	for i := range d {
		if rng.IntN(3) == 0 {
			d[i] = lede[rng.IntN(len(lede))]
		}
	}
	ps[0] = strings.Join(d, " ")
	return strings.Join(ps, "\n\n")
}

func cutEnding(rng *rand.Rand, text string) string {
	ps := paragraphs(text)
	if len(ps) < 3 {
		return text
	}
	keep := len(ps) - max(1, int(float64(len(ps))*(0.15+rng.Float64()*0.2)))
	return strings.Join(ps[:keep], "\n\n")
}

func reflow(rng *rand.Rand, text string) string {
	width := 60 + rng.IntN(21)
	var out []string
	for _, p := range paragraphs(text) {
		var lines []string
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+1+len(w) > width {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		lines = append(lines, line)
		out = append(out, strings.Join(lines, "\n"))
	}
	return strings.Join(out, "\n\n")
}

func swapQuotes(text string) string {
	if strings.ContainsAny(text, "‘’“”") {
		return strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(text)
	}
	var sb strings.Builder
	open := true
	prev := ' '
	for _, r := range text {
		switch {
		case r == '"':
			r = map[bool]rune{true: '“', false: '”'}[open]
			open = !open
		case r == '\'' && unicode.IsLetter(prev):
			r = '’'
		case r == '\'':
			r = '‘'
		}
		sb.WriteRune(r)
		prev = r
	}
	return sb.String()
}

func nbsp(rng *rand.Rand, text string) string {
	var sb strings.Builder
	for _, r := range text {
		if r == ' ' && rng.IntN(3) == 0 {
			r = '\u00a0'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func mojibake(text string) string {
	dec := charmap.Windows1252.NewDecoder()
	out, err := dec.String(text)
	if err != nil {
		return text
	}
	return out
}

var furniture = []string{
	"ADVERTISEMENT", "Share this article", "Share on Facebook", "Tweet", "Email",
	"Subscribe to our newsletter", "Sign up for breaking news alerts",
	"Read more:", "Related stories", "Most popular", "Follow us on Twitter",
	"© 2016 All rights reserved.", "Leave a Reply", "Comments", "Advertisement",
	"Click here to read the full story", "Photo: Reuters", "Continue reading below",
}

// addChaff surrounds and interleaves the article with page furniture and
// with headlines of other articles, as a scraped page has them.
func addChaff(rng *rand.Rand, text, donor string) string {
	ps := paragraphs(text)
	heads := headlines(donor)
	pick := func() string {
		if len(heads) > 0 && rng.IntN(2) == 0 {
			return heads[rng.IntN(len(heads))]
		}
		return furniture[rng.IntN(len(furniture))]
	}
	var out []string
	for range 1 + rng.IntN(3) {
		out = append(out, pick())
	}
	for _, p := range ps {
		out = append(out, p)
		if rng.IntN(4) == 0 {
			out = append(out, pick())
		}
	}
	for range 2 + rng.IntN(6) {
		out = append(out, pick())
	}
	return strings.Join(out, "\n\n")
}

// headlines makes headline-like lines from the sentences of an article.
func headlines(text string) []string {
	var hs []string
	for _, p := range paragraphs(text) {
		ws := strings.Fields(p)
		if len(ws) >= 6 {
			hs = append(hs, strings.Join(ws[:min(len(ws), 6+len(ws)%6)], " "))
		}
	}
	return hs
}
