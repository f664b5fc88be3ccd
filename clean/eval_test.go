package clean

import (
	"bytes"
	"compress/gzip"
	stdhtml "html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The evaluation runs over the public pages with hand-made gold text that
// live beside the repository in ../../shared/data/html; it skips without them.
const evalData = "../../shared/data/html"

// evalFloors are the lowest F1 the plain-text mode may score per data set
// on whole-page dumps, a little under what it reaches.
var evalFloors = map[string]float64{
	"cleaneval-dev":   0.900,
	"cleanportaleval": 0.960,
	"dragnet":         0.860,
}

// wrappedFloors are the same for the dumps hard-wrapped at 76 columns, as
// text-mode browsers and mail tools leave them.
var wrappedFloors = map[string]float64{
	"cleaneval-dev":   0.899,
	"cleanportaleval": 0.952,
	"dragnet":         0.857,
}

// nodeFloors are the same for dumps with every text node on a line of its
// own, as BeautifulSoup's get_text("\n") leaves a page: a link or an
// emphasis breaks its sentence.
var nodeFloors = map[string]float64{
	"cleaneval-dev":   0.880,
	"cleanportaleval": 0.940,
	"dragnet":         0.848,
}

func TestEvalPlainText(t *testing.T) {
	sets := evalSets(t)
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	dump := os.Getenv("WINNOW_EVAL_DUMP")
	for _, set := range sets {
		name := filepath.Base(set)
		docs := loadEvalSet(t, set)
		// A batch learns the lines its documents share, as winnow clean
		// does over many files.
		m := NewModel()
		for _, d := range docs {
			m.Observe(d.text)
		}
		batch, err := New(Options{Model: m})
		if err != nil {
			t.Fatal(err)
		}
		var all, alone, learnt, wrapped, nodes scores
		for _, d := range docs {
			wrapped.add(d.gold, c.Text(hardWrap(d.text, 76)).Text)
			nodes.add(d.gold, c.Text(d.nodes).Text)
			res := c.Text(d.text)
			if dump != "" {
				// WINNOW_EVAL_DUMP_KIND=wrapped or nodes dumps that kind instead.
				in, out := d.text, res
				switch os.Getenv("WINNOW_EVAL_DUMP_KIND") {
				case "wrapped":
					in = hardWrap(d.text, 76)
					out = c.Text(in)
				case "nodes":
					in = d.nodes
					out = c.Text(in)
				}
				dir := filepath.Join(dump, name)
				os.MkdirAll(dir, 0o755)
				os.WriteFile(filepath.Join(dir, d.id+".in.txt"), []byte(in), 0o644)
				os.WriteFile(filepath.Join(dir, d.id+".out.txt"), []byte(out.Text), 0o644)
				os.WriteFile(filepath.Join(dir, d.id+".gold.txt"), []byte(d.gold), 0o644)
				os.WriteFile(filepath.Join(dir, d.id+".explain"), []byte(explain(out)), 0o644)
			}
			all.add(d.gold, d.text)
			alone.add(d.gold, res.Text)
			learnt.add(d.gold, batch.Text(d.text).Text)
		}
		p, r, f := alone.f1()
		t.Logf("%-16s docs=%4d  P=%.4f R=%.4f F1=%.4f   (batch model: P=%.4f R=%.4f F1=%.4f; keep all: F1=%.4f)",
			name, len(docs), p, r, f, learnt.p(), learnt.r(), learnt.f(), all.f())
		if floor, ok := evalFloors[name]; ok && f < floor {
			t.Errorf("%s: F1 %.4f below floor %.2f", name, f, floor)
		}
		if floor, ok := evalFloors[name]; ok && learnt.f() < floor {
			t.Errorf("%s with a batch model: F1 %.4f below floor %.2f", name, learnt.f(), floor)
		}
		t.Logf("%-16s hard-wrapped at 76 columns: P=%.4f R=%.4f F1=%.4f", name, wrapped.p(), wrapped.r(), wrapped.f())
		if floor, ok := wrappedFloors[name]; ok && wrapped.f() < floor {
			t.Errorf("%s hard-wrapped: F1 %.4f below floor %.3f", name, wrapped.f(), floor)
		}
		t.Logf("%-16s a text node per line:       P=%.4f R=%.4f F1=%.4f", name, nodes.p(), nodes.r(), nodes.f())
		if floor, ok := nodeFloors[name]; ok && nodes.f() < floor {
			t.Errorf("%s a text node per line: F1 %.4f below floor %.3f", name, nodes.f(), floor)
		}
	}
}

// hardWrap breaks every line longer than width runes at its last space
// before width, as a greedy wrap does.
func hardWrap(text string, width int) string {
	var b strings.Builder
	for i, ln := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for utf8.RuneCountInString(ln) > width {
			end := 0
			for range width + 1 {
				_, n := utf8.DecodeRuneInString(ln[end:])
				end += n
			}
			cut := strings.LastIndexByte(ln[:end], ' ')
			if cut <= 0 {
				break
			}
			b.WriteString(ln[:cut])
			b.WriteByte('\n')
			ln = ln[cut+1:]
		}
		b.WriteString(ln)
	}
	return b.String()
}

// evalSets lists the evaluation data sets, skipping the test in -short mode
// or without the data; WINNOW_EVAL_SET limits it to one set.
func evalSets(t *testing.T) []string {
	if testing.Short() {
		t.Skip("evaluation is slow")
	}
	sets, _ := filepath.Glob(filepath.Join(evalData, "*"))
	if len(sets) == 0 {
		t.Skip("no evaluation data at " + evalData)
	}
	if only := os.Getenv("WINNOW_EVAL_SET"); only != "" {
		sets = slices.DeleteFunc(sets, func(s string) bool { return filepath.Base(s) != only })
	}
	return sets
}

// eachGold calls fn for every page of a data set that has gold text, and
// returns how many gold texts the set has.
func eachGold(t *testing.T, set string, fn func(id string, page []byte, gold string)) int {
	golds, _ := filepath.Glob(filepath.Join(set, "gold", "*.txt"))
	for _, g := range golds {
		id := strings.TrimSuffix(filepath.Base(g), ".txt")
		page, err := readGz(filepath.Join(set, "input", id+".html.gz"))
		if err != nil {
			continue
		}
		gold, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		fn(id, page, goldText(goldUTF8(gold)))
	}
	return len(golds)
}

// evalDoc is a page with its gold text and two dumps: one block per line
// (text), and one text node per line (nodes).
type evalDoc struct{ id, gold, text, nodes string }

// loadEvalSet reads a data set's pages with gold text, and dumps each page
// as scrapers do.
func loadEvalSet(t *testing.T, set string) []evalDoc {
	var docs []evalDoc
	eachGold(t, set, func(id string, page []byte, gold string) {
		page = toUTF8(page)
		docs = append(docs, evalDoc{id, gold, VisibleText(page), textNodes(page)})
	})
	return docs
}

// textNodes dumps a page as BeautifulSoup's get_text("\n", strip=True)
// does: every text node outside the head, scripts and styles on a line of
// its own, its white space collapsed.
func textNodes(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var lines []string
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(lines, "\n")
		case html.TextToken:
			if t := strings.Join(strings.Fields(string(z.Text())), " "); skip == 0 && t != "" {
				lines = append(lines, t)
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); unseen[atom.Lookup(name)] {
				skip++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); unseen[atom.Lookup(name)] && skip > 0 {
				skip--
			}
		}
	}
}

var unseen = atomSet(atom.Head, atom.Title, atom.Script, atom.Style, atom.Noscript)

// scores averages the per-document precision and recall of the
// article-extraction benchmark.
type scores struct{ ps, rs []float64 }

func (s *scores) add(gold, pred string) {
	p, r, okP, okR := shingleScore(gold, pred)
	if okP {
		s.ps = append(s.ps, p)
	}
	if okR {
		s.rs = append(s.rs, r)
	}
}

func (s *scores) p() float64 { return mean(s.ps) }
func (s *scores) r() float64 { return mean(s.rs) }
func (s *scores) f() float64 { return f1(s.p(), s.r()) }

func (s *scores) f1() (p, r, f float64) { return s.p(), s.r(), s.f() }

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

// toUTF8 decodes a page as clean's HTML mode does: by its declared
// charset wherever the head declares it, or by detection, as a scraper that
// reads the page right would.
func toUTF8(page []byte) []byte {
	out, _ := decodePage(page, "")
	return out
}

// goldUTF8 decodes a gold text: UTF-8, or UTF-16 when it starts with a
// byte-order mark, as a few of dragnet's do.
func goldUTF8(b []byte) string {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		if s, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
			return string(s)
		}
	}
	return string(b)
}

// goldMarker matches CleanEval's paragraph markers and the HTML comments
// some gold files carry, such as a note that a page has no article.
var goldMarker = regexp.MustCompile(`(?m)^\s*<[phl]>|(?s)<!--.*?-->`)

// goldText strips CleanEval's URL line, which may follow blank lines, its
// <p>, <h>, <l> markers and HTML comments.
func goldText(s string) string {
	if t := strings.TrimLeft(s, " \t\r\n\ufeff"); strings.HasPrefix(t, "URL:") {
		s = t
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		} else {
			s = ""
		}
	}
	return stdhtml.UnescapeString(goldMarker.ReplaceAllString(s, ""))
}

// shingleScore is the article-extraction benchmark's metric for one
// document: word 4-gram multisets, tp/fp/fn normalised, precision and recall.
func shingleScore(gold, pred string) (p, r float64, okP, okR bool) {
	a, b := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, x := range a {
		y := b[k]
		tp += float64(min(x, y))
		fn += float64(max(0, x-y))
	}
	for k, y := range b {
		fp += float64(max(0, y-a[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	switch {
	case fp == 0 && fn == 0:
		p = 1
	case tp == 0 && fp == 0:
		p = 0
	default:
		p = tp / (tp + fp)
	}
	switch {
	case fp == 0 && fn == 0:
		r = 1
	case tp == 0 && fn == 0:
		r = 0
	default:
		r = tp / (tp + fn)
	}
	return p, r, tp+fp > 0, tp+fn > 0
}

func shingles(s string) map[[4]string]int {
	toks := strings.FieldsFunc(s, notTokenRune)
	m := map[[4]string]int{}
	if len(toks) == 0 {
		return m
	}
	for i := 0; i < max(1, len(toks)-3); i++ {
		var k [4]string
		copy(k[:], toks[i:min(i+4, len(toks))])
		m[k]++
	}
	return m
}

// notTokenRune separates the benchmark's words: they are letters, digits,
// underscores and combining marks.
func notTokenRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
