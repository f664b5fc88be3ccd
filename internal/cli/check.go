package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/clean"
	"github.com/winnow-text/winnow/dedup"
	"github.com/winnow-text/winnow/internal/docs"
	"github.com/winnow-text/winnow/normalize"
)

// defaultIndex is where a corpus repository keeps its dedup index.
const defaultIndex = ".winnow/index"

func checkCommand(env *Env) *ucli.Command {
	flags := normalizeFlags()
	flags = append(flags, cleanFlags()[len(commonFlags()):]...)
	flags = append(flags, dedupOnlyFlags()...)
	flags = append(flags, &ucli.BoolFlag{Name: "fix", Usage: "rewrite files in place, normalized and cleaned (atomically); duplicates are still reported"})
	return &ucli.Command{
		Name:      "check",
		Usage:     "the pre-commit check: fail on files that are not normalized, hold boilerplate or copy others",
		ArgsUsage: "[FILE ...]",
		Description: "Checks new corpus files and exits 1 with a message per problem when a file is not " +
			"normalized, still holds boilerplate, or is a near-duplicate of a file already in the " +
			"corpus or of another new file. The corpus is the dedup index --index names, or " +
			defaultIndex + " when it exists, else the other files git tracks with the same " +
			"extensions. --fix rewrites the files normalized and cleaned.\n\n" +
			"Examples:\n" +
			"   winnow check articles/new-*.txt\n" +
			"   winnow check --fix articles/\n\n" +
			"In a corpus repository's .pre-commit-config.yaml (repo: where winnow lives):\n" +
			"   - repo: https://git.example.org/tools/winnow\n" +
			"     rev: COMMIT-OR-TAG\n" +
			"     hooks: [{id: winnow}]",
		Flags: flags,
		Action: func(c *ucli.Context) error {
			return runCheck(c, env)
		},
	}
}

// checked is what the parallel step of check finds in one document.
type checked struct {
	signed
	notNormal bool
	removed   []clean.Removal
}

func runCheck(c *ucli.Context, env *Env) error {
	if c.IsSet("output") || c.Bool("in-place") || c.Bool("check") {
		return usagef("check writes nothing but with --fix: drop -o, -i and --check")
	}
	p, args, err := setup(c, env)
	if err != nil {
		return err
	}
	nopts, err := normalizeOptions(c)
	if err != nil {
		return err
	}
	copts, err := cleanOptions(c)
	if err != nil {
		return err
	}
	cl, err := clean.New(copts)
	if err != nil {
		return usagef("%v", err)
	}
	dopts, err := dedupOptions(c)
	if err != nil {
		return err
	}
	r := &dedupRun{env: env, dateField: c.String("date-field")}
	if r.signer, err = newSigner(); err != nil {
		return err
	}
	p.read.PartSize = 0

	// The corpus: the index file, else the files git tracks.
	indexPath := c.String("index")
	if indexPath == "" {
		if _, err := os.Stat(defaultIndex); err == nil {
			indexPath = defaultIndex
		}
	}
	if indexPath != "" {
		if r.store, err = openIndex(indexPath, dopts); err != nil {
			return err
		}
		defer r.store.Close()
		r.finder = r.store.Finder
	} else {
		r.finder = dedup.NewFinder(dopts)
		if corpus := trackedCorpus(args); len(corpus) > 0 {
			learner := p.silent()
			learner.filters = []filter{{prepare: r.sign, ordered: r.add}}
			err := learner.run(c.Context, corpus)
			r.wait()
			if err != nil && !errors.Is(err, errReported) {
				return err
			}
		}
	}
	r.offset = r.finder.Len()

	fix := c.Bool("fix")
	if fix {
		p.sink = &fileSink{opts: p.read}
	} else {
		p.sink = discard{}
	}
	from := c.String("from")
	found := false
	say := func(format string, a ...any) {
		found = true
		fmt.Fprintf(env.Stdout, format+"\n", a...)
	}
	p.filters = []filter{{
		prepare: func(d *docs.Doc) error {
			raw := d.Data
			if err := decode(d, from); err != nil {
				return err
			}
			var ck checked
			var text string
			if d.Format == docs.HTML {
				page, err := cl.HTML(d.Data, "")
				if err != nil {
					return err
				}
				text, ck.removed = page.Text, page.Removed
			} else {
				norm := normalize.Bytes(d.Data, nopts)
				ck.notNormal = !bytes.Equal(norm, raw)
				res := cl.Text(string(norm))
				text, ck.removed = res.Text, res.Removed
				if fix && (ck.notNormal || len(res.Removed) > 0) {
					d.Data, d.Changed = []byte(res.Text), true
				}
			}
			ck.sig, ck.date = dedup.Sign(text), r.date(d)
			d.Carry = ck
			return nil
		},
		ordered: func(d *docs.Doc) error {
			ck := d.Carry.(checked)
			d.Carry = nil
			res := r.finder.Add(d.ID, ck.date, ck.sig)
			where := d.Where()
			switch {
			case fix && d.Changed:
				fmt.Fprintf(env.Stdout, "%s: fixed: %s\n", where, fixes(ck))
			default:
				if ck.notNormal {
					say("%s: not normalized (winnow normalize -i fixes it)", where)
				}
				for i, rm := range ck.removed {
					if i == 3 {
						say("%s: … and %d more boilerplate lines (winnow clean --explain lists them)", where, len(ck.removed)-3)
						break
					}
					say("%s:%d: boilerplate (%s): %s", where, rm.Line, rm.Category, clip(rm.Text, 80))
				}
			}
			for _, dup := range res.Duplicates {
				other := r.finder.ID(dup.A)
				if other == d.ID {
					continue // its own earlier version, in the index
				}
				say("%s: near-duplicate of %s (%d bits, %.0f%% contained)", where, other, dup.Distance, 100*dup.Containment)
			}
			return nil
		},
	}}
	err = p.run(c.Context, args)
	if err != nil {
		return err
	}
	if found {
		return errFound
	}
	return nil
}

func fixes(ck checked) string {
	var parts []string
	if ck.notNormal {
		parts = append(parts, "normalized")
	}
	if n := len(ck.removed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d boilerplate line(s) removed", n))
	}
	return strings.Join(parts, ", ")
}

func clip(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// trackedCorpus lists the files git tracks with the extensions of the files
// being checked, less those files themselves: the corpus they must not copy.
func trackedCorpus(args []string) []string {
	out, err := exec.Command("git", "ls-files", "-z").Output()
	if err != nil {
		return nil // not a git checkout: the new files are checked among themselves
	}
	exts := map[string]bool{}
	self := map[string]bool{}
	for _, a := range args {
		exts[corpusExt(a)] = true
		if abs, err := filepath.Abs(a); err == nil {
			self[abs] = true
		}
	}
	var corpus []string
	for _, f := range strings.Split(string(out), "\x00") {
		if f == "" || !exts[corpusExt(f)] {
			continue
		}
		if abs, err := filepath.Abs(f); err == nil && self[abs] {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			continue // deleted in the work tree
		}
		corpus = append(corpus, f)
	}
	return corpus
}

func corpusExt(path string) string {
	return strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz")))
}
