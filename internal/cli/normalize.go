package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/internal/docs"
	"github.com/winnow-text/winnow/normalize"
)

func normalizeCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "normalize",
		Usage:     "turn any encoding into clean UTF-8: repair mojibake, normalize Unicode and whitespace",
		ArgsUsage: "[PATH ...]",
		Description: "Detects each input's encoding and transcodes it to UTF-8, repairs mojibake " +
			"(\"â€™\" becomes \"’\"), applies Unicode normalization (NFC by default), turns odd spaces " +
			"into plain ones, removes invisible and control characters, unifies line ends, trims " +
			"trailing spaces and squeezes blank lines. Binary input is reported, never decoded.\n\n" +
			"Examples:\n" +
			"   winnow normalize < page.txt > clean.txt\n" +
			"   winnow normalize --detect corpus/\n" +
			"   winnow normalize -o fixed/ corpus/\n" +
			"   winnow normalize --check corpus/",
		Flags: append(normalizeFlags(),
			&ucli.BoolFlag{Name: "detect", Usage: "print each file's encoding and confidence as PATH: ENCODING CONFIDENCE; change nothing"},
		),
		Action: func(c *ucli.Context) error {
			p, args, err := setup(c, env)
			if err != nil {
				return err
			}
			nf, err := normalizeFilter(c)
			if err != nil {
				return err
			}
			if c.Bool("detect") {
				if c.IsSet("output") || c.Bool("in-place") || c.Bool("check") {
					return usagef("--detect changes nothing and writes no files: drop -o, -i and --check")
				}
				p.read.Format = docs.Text // the whole file, raw
				p.filters = []filter{{prepare: detectFilter(c.String("from"))}}
				p.sink = &reportSink{out: env.Stdout, report: func(w io.Writer, d *docs.Doc) error {
					if d.Part > 0 {
						return nil // a long file is judged by its first part
					}
					_, err := fmt.Fprintf(w, "%s: %s\n", d.ID, d.Findings[0].Value)
					return err
				}}
				return p.run(c.Context, args)
			}
			p.filters = []filter{nf}
			return p.run(c.Context, args)
		},
	}
}

// normalizeFlags are the flags of the normalize step, shared with run and check.
func normalizeFlags() []ucli.Flag {
	return append(commonFlags(),
		&ucli.StringFlag{Name: "from", Usage: "input encoding `ENC` instead of detecting it (e.g. windows-1251)"},
		&ucli.StringFlag{Name: "form", Value: "nfc", Usage: "Unicode normalization: nfc, nfkc or none"},
		&ucli.BoolFlag{Name: "ascii-punct", Usage: "turn curly quotes, dashes and ellipses into ASCII"},
		&ucli.BoolFlag{Name: "fold-width", Usage: "fold full-width and half-width forms"},
		&ucli.BoolFlag{Name: "no-mojibake", Usage: "do not repair mojibake"},
		&ucli.BoolFlag{Name: "no-spaces", Usage: "leave spaces, trailing spaces and blank lines alone"},
		&ucli.BoolFlag{Name: "no-invisible", Usage: "keep zero-width, bidi and control characters and soft hyphens"},
		&ucli.BoolFlag{Name: "no-newlines", Usage: "leave CR, CRLF, U+2028 and U+2029 alone"},
		&ucli.BoolFlag{Name: "no-entities", Usage: "do not decode HTML entities in text input"},
	)
}

func normalizeOptions(c *ucli.Context) (normalize.Options, error) {
	form := normalize.Form(c.String("form"))
	switch form {
	case "nfc", "nfkc", "none":
	default:
		return normalize.Options{}, usagef("--form: want nfc, nfkc or none, not %q", form)
	}
	return normalize.Options{
		Form:           form,
		KeepMojibake:   c.Bool("no-mojibake"),
		KeepSpaces:     c.Bool("no-spaces"),
		KeepInvisible:  c.Bool("no-invisible"),
		KeepNewlines:   c.Bool("no-newlines"),
		DecodeEntities: !c.Bool("no-entities"),
		ASCIIPunct:     c.Bool("ascii-punct"),
		FoldWidth:      c.Bool("fold-width"),
	}, nil
}

// normalizeFilter transcodes each document to UTF-8 and normalizes it.
func normalizeFilter(c *ucli.Context) (filter, error) {
	opts, err := normalizeOptions(c)
	if err != nil {
		return filter{}, err
	}
	from := c.String("from")
	if from != "" {
		if _, err := normalize.Lookup(from); err != nil {
			return filter{}, usagef("--from: %v", err)
		}
	}
	return filter{prepare: func(d *docs.Doc) error {
		in := d.Data
		if err := decode(d, from); err != nil {
			return err
		}
		o := opts
		// Entities are markup in HTML; only in text are they leftovers to decode.
		o.DecodeEntities = opts.DecodeEntities && d.Format != docs.HTML
		n := normalize.NewNormalizer(o)
		d.Data = n.Bytes(d.Data)
		d.Changed = d.Changed || !bytes.Equal(d.Data, in)
		if st := n.Stats(); st.MojibakeFixed > 0 {
			d.Note("mojibake_fixed", st.MojibakeFixed)
		}
		return nil
	}}, nil
}

// decode turns a text or HTML document's raw bytes into UTF-8, detecting the
// encoding unless from names it. JSONL text is UTF-8 already.
func decode(d *docs.Doc, from string) error {
	if d.Format == docs.JSONL {
		return nil
	}
	enc := from
	if enc == "" {
		det := detect(d)
		if det.Encoding == "binary" {
			return errBinary
		}
		enc = det.Encoding
	}
	if enc == "utf-8" || enc == "ascii" {
		d.Data = bytes.TrimPrefix(d.Data, utf8BOM)
		if !utf8.Valid(d.Data) {
			// Stray bytes in mostly UTF-8 text: repaired as normalize does,
			// and nothing else changed, so output is always valid UTF-8.
			d.Data = normalize.Bytes(d.Data, validateOnly)
		}
		return nil
	}
	out, err := normalize.DecodeTo(d.Data, enc)
	if err != nil {
		return err
	}
	d.Data = out
	d.Note("encoding", enc)
	return nil
}

func looksHTML(path string) bool {
	switch innerExt(path) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

var utf8BOM = []byte("\uFEFF")

// validateOnly turns every normalize step off but the repair of invalid UTF-8.
var validateOnly = normalize.Options{Form: normalize.NoForm, KeepMojibake: true, KeepSpaces: true, KeepInvisible: true, KeepNewlines: true}

var errBinary = errors.New("binary data, not text")

func detect(d *docs.Doc) normalize.Detection {
	if d.Format == docs.HTML {
		return normalize.DetectHTML(d.Data)
	}
	return normalize.Detect(d.Data)
}

func detectFilter(from string) func(d *docs.Doc) error {
	return func(d *docs.Doc) error {
		det := normalize.Detection{Encoding: from, Confidence: 1}
		switch {
		case from != "":
		case d.Format == docs.HTML || looksHTML(d.Source.Path):
			det = normalize.DetectHTML(d.Data)
		default:
			det = normalize.Detect(d.Data)
		}
		d.Note("detect", fmt.Sprintf("%s %.2f", det.Encoding, det.Confidence))
		return nil
	}
}
