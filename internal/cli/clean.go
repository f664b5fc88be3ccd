package cli

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"strconv"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/clean"
	"github.com/winnow-text/winnow/internal/docs"
)

func cleanCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "clean",
		Usage:     "remove boilerplate (ads, share prompts, related links, footers, captions…) and say why",
		ArgsUsage: "[PATH ...]",
		Description: "Removes boilerplate lines from plain text, and extracts the main content of HTML " +
			"pages before applying the same rules. It only removes whole lines (or clearly " +
			"promotional sentences), never rewrites what it keeps, and running it twice changes " +
			"nothing more.\n\n" +
			"Examples:\n" +
			"   winnow clean seeds/\n" +
			"   winnow clean --explain seeds/001_065548fa78518e69.txt\n" +
			"   winnow clean --format html --to jsonl page.html\n" +
			"   winnow clean --check corpus/",
		Flags: cleanFlags(),
		Action: func(c *ucli.Context) error {
			p, args, err := setup(c, env)
			if err != nil {
				return err
			}
			opts, err := cleanOptions(c)
			if err != nil {
				return err
			}
			if c.Bool("learn") {
				if c.IsSet("output") || c.Bool("in-place") || c.Bool("check") || c.Bool("explain") {
					return usagef("--learn writes a model to standard output: drop -o, -i, --check and --explain")
				}
				model, err := learn(c, p, args)
				if err != nil {
					return err
				}
				_, err = model.WriteTo(env.Stdout)
				return err
			}
			if opts.Model == nil && !c.Bool("no-learn") && !hasStdin(args) {
				// A batch teaches itself which lines are its template: a
				// first pass counts lines across documents.
				if opts.Model, err = learn(c, p.silent(), args); err != nil {
					return err
				}
			}
			cf, err := cleanFilter(opts)
			if err != nil {
				return err
			}
			p.filters = []filter{cf}
			if err := explainMode(c, p, env); err != nil {
				return err
			}
			renameHTML(p)
			return p.run(c.Context, args)
		},
	}
}

func cleanFlags() []ucli.Flag {
	return append(commonFlags(),
		&ucli.BoolFlag{Name: "explain", Usage: "print each removed line with its category and rule, instead of the text"},
		&ucli.StringSliceFlag{Name: "keep", Usage: "keep lines of `CATEGORY` (repeatable: caption, byline, date, …)"},
		&ucli.StringFlag{Name: "rules", Usage: "extra boilerplate rules from `FILE`, in the format of the built-in rules"},
		&ucli.BoolFlag{Name: "learn", Usage: "count the lines the inputs repeat and write them as a model to standard output"},
		&ucli.StringFlag{Name: "model", Usage: "use the line statistics in `FILE` (from --learn) to tell template from article"},
		&ucli.BoolFlag{Name: "no-learn", Usage: "do not learn the batch's repeated lines in a first pass over the inputs"},
	)
}

func cleanOptions(c *ucli.Context) (clean.Options, error) {
	var opts clean.Options
	for _, k := range c.StringSlice("keep") {
		for _, cat := range strings.Split(k, ",") {
			opts.Keep = append(opts.Keep, category(cat))
		}
	}
	if path := c.String("rules"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			return opts, usagef("--rules: %v", err)
		}
		defer f.Close()
		rules, err := clean.ParseRules(f)
		if err != nil {
			return opts, usagef("--rules %s: %v", path, err)
		}
		opts.Rules = rules
	}
	if path := c.String("model"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			return opts, usagef("--model: %v", err)
		}
		defer f.Close()
		if opts.Model, err = clean.ReadModel(f); err != nil {
			return opts, usagef("--model %s: %v", path, err)
		}
	}
	return opts, nil
}

// category reads a --keep value: any case, singular or plural ("captions").
func category(name string) clean.Category {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, c := range clean.Categories {
		if string(c) == name || string(c)+"s" == name || string(c)+"es" == name {
			return c
		}
	}
	return clean.Category(name) // clean.New names it as unknown
}

// learn reads every document and counts the lines they share.
func learn(c *ucli.Context, p *pipeline, args []string) (*clean.Model, error) {
	plain, err := clean.New(clean.Options{})
	if err != nil {
		return nil, err
	}
	model := clean.NewModel()
	p.sink = discard{}
	p.filters = []filter{{prepare: func(d *docs.Doc) error {
		if d.Format == docs.HTML {
			page, err := plain.HTML(d.Data, "")
			if err != nil {
				return err
			}
			model.Observe(page.Text)
			return nil
		}
		if err := decode(d, ""); err != nil {
			return err
		}
		model.Observe(view(d.Data))
		return nil
	}}}
	if err := p.run(c.Context, args); err != nil && !errors.Is(err, errReported) {
		return nil, err
	}
	return model, nil
}

// cleanFilter removes boilerplate from each document, extracting the main
// content of HTML pages first.
func cleanFilter(opts clean.Options) (filter, error) {
	cl, err := clean.New(opts)
	if err != nil {
		return filter{}, usagef("%v", err)
	}
	return filter{prepare: func(d *docs.Doc) error {
		if d.Format == docs.HTML {
			page, err := cl.HTMLWithCharset(d.Data, fieldString(d, "url"), httpCharset(d))
			if err != nil {
				return err
			}
			d.Format = docs.Text
			d.Data = textBytes(page.Text)
			d.Changed = true
			if page.Encoding != "" && page.Encoding != "utf-8" {
				d.Note("encoding", page.Encoding)
			}
			noteMeta(d, page.Meta)
			noteRemoved(d, page.Removed)
			return nil
		}
		if err := decode(d, ""); err != nil {
			return err
		}
		res := cl.Text(view(d.Data))
		if len(res.Removed) > 0 {
			d.Data = textBytes(res.Text)
			d.Changed = true
		}
		noteRemoved(d, res.Removed)
		return nil
	}}, nil
}

// fieldString returns a field a reader found, such as a WARC record's url.
func fieldString(d *docs.Doc, key string) string {
	for _, f := range d.Fields {
		if s, ok := f.Value.(string); ok && f.Key == key {
			return s
		}
	}
	return ""
}

// httpCharset is the charset of a web archive record's HTTP Content-Type,
// which counts when the page itself declares none.
func httpCharset(d *docs.Doc) string {
	if _, params, err := mime.ParseMediaType(fieldString(d, "content_type")); err == nil {
		return params["charset"]
	}
	return ""
}

// removal is how a removed line appears under winnow.removed in JSONL.
type removal struct {
	Line     int    `json:"line"`
	Category string `json:"category"`
	Rule     string `json:"rule"`
	Text     string `json:"text"`
}

// removals is a document's removed lines, as its JSONL record keeps them.
type removals []removal

// AppendJSON writes the removals as encoding/json would, without reflection:
// most records carry some.
func (rs removals) AppendJSON(b []byte) []byte {
	b = append(b, '[')
	for i, r := range rs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"line":`...)
		b = strconv.AppendInt(b, int64(r.Line), 10)
		b = append(b, `,"category":`...)
		b = docs.AppendString(b, r.Category)
		b = append(b, `,"rule":`...)
		b = docs.AppendString(b, r.Rule)
		b = append(b, `,"text":`...)
		b = docs.AppendString(b, r.Text)
		b = append(b, '}')
	}
	return append(b, ']')
}

func noteRemoved(d *docs.Doc, removed []clean.Removal) {
	if len(removed) == 0 {
		return
	}
	out := make(removals, len(removed))
	for i, r := range removed {
		out[i] = removal{r.Line, string(r.Category), r.Rule, r.Text}
	}
	d.Note("removed", out)
}

func noteMeta(d *docs.Doc, m clean.Meta) {
	for _, f := range []docs.Finding{
		{Key: "title", Value: m.Title},
		{Key: "byline", Value: m.Byline},
		{Key: "date", Value: m.Date},
		{Key: "site_name", Value: m.SiteName},
		{Key: "language", Value: m.Language},
	} {
		if f.Value != "" {
			d.Fields = append(d.Fields, f)
		}
	}
}

// explainMode replaces the output with the list of removed lines:
// PATH:LINE: CATEGORY (RULE): TEXT.
func explainMode(c *ucli.Context, p *pipeline, env *Env) error {
	if !c.Bool("explain") {
		return nil
	}
	if c.IsSet("output") || c.Bool("in-place") || c.Bool("check") {
		return usagef("--explain changes nothing and writes no files: drop -o, -i and --check")
	}
	p.sink = &reportSink{out: env.Stdout, report: func(w io.Writer, d *docs.Doc) error {
		for _, f := range d.Findings {
			rs, ok := f.Value.(removals)
			if f.Key != "removed" || !ok {
				continue
			}
			for _, r := range rs {
				if _, err := fmt.Fprintf(w, "%s:%d: %s (%s): %s\n", d.ID, r.Line, r.Category, r.Rule, r.Text); err != nil {
					return err
				}
			}
		}
		return nil
	}}
	return nil
}

// renameHTML names the text extracted from page.html page.txt in a mirrored tree.
func renameHTML(p *pipeline) {
	fs, ok := p.sink.(*fileSink)
	if !ok || fs.inPlace() {
		return
	}
	fs.rename = func(rel string) string {
		if looksHTML(rel) {
			return withExt(rel, ".txt")
		}
		return rel
	}
}
