package clean

import (
	"strings"
	"sync"
)

// builtinOnce parses the embedded rules file once per process.
var builtinOnce = sync.OnceValues(func() ([]Rule, error) {
	return parseRules(strings.NewReader(builtinRules), "builtin")
})

// Removal is one line that clean took out, or one promotional sentence cut
// from inside a line, and why.
type Removal struct {
	Line     int      // 1-based line number in the input text
	Text     string   // the line, or the sentence, as it stood in the input
	Category Category // what kind of boilerplate it is
	Rule     string   // the rule that matched, for --explain
}

// Result is a cleaned document.
type Result struct {
	Text    string    // the kept lines, in input order
	Removed []Removal // the removals, in input order
}

// Options configures a Cleaner. The zero value uses the built-in rules.
type Options struct {
	Keep  []Category // categories never removed
	Rules []Rule     // extra rules, tried before the built-in ones (see ParseRules)
	Model *Model     // corpus line statistics; nil learns nothing across documents

	// MinDocs is how many documents of the Model must share a line before it
	// counts as template; zero means 3. New reads the Model's counts: a
	// Model observed later needs a new Cleaner.
	MinDocs int
}

// Cleaner removes boilerplate. It is safe for concurrent use.
type Cleaner struct {
	m       *matcher
	keep    map[Category]bool
	model   templateCounts // nil without a Model
	minDocs int
}

// New returns a Cleaner configured by opts.
func New(opts Options) (*Cleaner, error) {
	builtin, err := builtinOnce()
	if err != nil {
		return nil, err
	}
	rules := append(append([]Rule(nil), opts.Rules...), builtin...)
	for i := range opts.Rules {
		if err := prepare(&rules[i]); err != nil {
			return nil, err
		}
	}
	c := &Cleaner{m: newMatcher(rules), keep: map[Category]bool{}, minDocs: opts.MinDocs}
	if c.minDocs <= 0 {
		c.minDocs = 3
	}
	if opts.Model != nil {
		c.model = opts.Model.templates(c.minDocs)
	}
	for _, k := range opts.Keep {
		if !knownCategory(k) {
			return nil, &UnknownCategoryError{k}
		}
		c.keep[k] = true
	}
	return c, nil
}

// UnknownCategoryError reports a category clean does not know.
type UnknownCategoryError struct{ Category Category }

func (e *UnknownCategoryError) Error() string {
	return "clean: unknown category " + string(e.Category) + " (known: " + categoryList() + ")"
}

// Text removes boilerplate lines, and promotional sentences inside lines,
// from plain text. The result is a subsequence of s, and cleaning it again
// changes nothing.
func (c *Cleaner) Text(s string) Result {
	d := newDoc(s)
	// Removing lines changes the neighbourhood of those left, so classify
	// again until nothing more goes: this is what makes Text idempotent.
	c.passes(d)
	if d.spareLastText() {
		// The spared lines, alone, may read otherwise: judge them as a
		// second run would.
		c.passes(d)
		d.spareLastText()
	}
	res := d.result()
	d.release()
	return res
}

// passes classifies the lines still present until no more go.
func (c *Cleaner) passes(d *document) {
	alive := d.nonRemoved()
	for pass := 0; pass < 4 && len(alive) > 0; pass++ {
		if c.classify(d, alive) == 0 {
			break
		}
		alive = d.nonRemoved()
	}
}

// forEachLine calls fn with each line of s (1-based number, no newline,
// no trailing carriage return).
func forEachLine(s string, fn func(n int, line string)) {
	n := 0
	for len(s) > 0 {
		n++
		i := strings.IndexByte(s, '\n')
		var ln string
		if i < 0 {
			ln, s = s, ""
		} else {
			ln, s = s[:i], s[i+1:]
		}
		fn(n, strings.TrimSuffix(ln, "\r"))
	}
}
