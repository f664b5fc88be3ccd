package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/dedup"
	"github.com/winnow-text/winnow/internal/docs"
)

func runCommand(env *Env) *ucli.Command {
	flags := normalizeFlags()
	flags = append(flags, cleanFlags()[len(commonFlags()):]...)
	flags = append(flags, dedupOnlyFlags()...)
	flags = append(flags, &ucli.StringFlag{Name: "stats", Usage: "write the run's summary as JSON to `FILE`"})
	return &ucli.Command{
		Name:      "run",
		Usage:     "normalize, then clean, then dedup, in one pass",
		ArgsUsage: "[PATH ...]",
		Description: "Runs the three filters in one process on all cores: each document is decoded " +
			"and normalized, its boilerplate removed, and its fingerprint compared with every " +
			"other. Documents are written as clean writes them (JSONL records also get dedup's " +
			"winnow.simhash, cluster, dup_of and shared_with); a summary of what was done goes to " +
			"standard error (-q silences it; --stats FILE writes it as JSON).\n\n" +
			"Examples:\n" +
			"   winnow run -o clean/ seeds/\n" +
			"   winnow run --drop --stats stats.json crawl.jsonl.gz > corpus.jsonl",
		Flags: flags,
		Action: func(c *ucli.Context) error {
			return runAll(c, env)
		},
	}
}

// summary is what a run did, for people (standard error) and programs (--stats).
type summary struct {
	counts
	Removed     map[string]int `json:"lines_removed"`
	Mojibake    int            `json:"mojibake_characters_fixed"`
	Encodings   map[string]int `json:"encodings_converted"`
	Groups      int            `json:"duplicate_groups"`
	Duplicates  int            `json:"duplicates"`
	SharedPairs int            `json:"shared_passage_links"`
	Dropped     int            `json:"dropped_duplicates"`
	// A few relations, to show in the summary.
	examples []string
}

// summaryExamples is how many relations the summary names.
const summaryExamples = 10

func runAll(c *ucli.Context, env *Env) error {
	p, args, err := setup(c, env)
	if err != nil {
		return err
	}
	if c.Bool("explain") {
		return usagef("run has no --explain: use winnow clean --explain")
	}
	nf, err := normalizeFilter(c)
	if err != nil {
		return err
	}
	copts, err := cleanOptions(c)
	if err != nil {
		return err
	}
	dopts, err := dedupOptions(c)
	if err != nil {
		return err
	}
	if copts.Model == nil && !c.Bool("no-learn") && !hasStdin(args) {
		if copts.Model, err = learn(c, p.silent(), args); err != nil {
			return err
		}
	}
	cf, err := cleanFilter(copts)
	if err != nil {
		return err
	}
	r := &dedupRun{env: env, dateField: c.String("date-field")}
	if path := c.String("index"); path != "" {
		if r.store, err = openIndex(path, dopts); err != nil {
			return err
		}
		defer r.store.Close()
		r.finder = r.store.Finder
		r.offset = r.finder.Len()
	} else {
		r.finder = dedup.NewFinder(dopts)
	}

	sum := &summary{Removed: map[string]int{}, Encodings: map[string]int{}}
	out := p.sink
	// The spool holds documents as they will be written (--to decides), so
	// replaying them needs no encoding but for dedup's findings.
	to, _ := docs.ParseFormat(c.String("to"))
	sp, err := newSpool(to, p.read)
	if err != nil {
		return err
	}
	defer sp.remove()
	p.read.PartSize = 0 // dedup compares whole documents
	p.sink = sp
	p.filters = []filter{nf, cf, {
		prepare: func(d *docs.Doc) error {
			sig := dedup.Sign(view(d.Data))
			// Known now, so the spool holds it and only the documents with
			// relations are rewritten when the groups are final.
			d.Note("simhash", simhashHex(sig.Simhash))
			d.Carry = signed{sig: sig, date: r.date(d)}
			return nil
		},
		ordered: func(d *docs.Doc) error {
			sum.note(d)
			return r.add(d)
		},
	}}
	err = p.run(c.Context, args)
	r.wait()
	if err != nil && !errors.Is(err, errReported) {
		return err
	}
	sum.counts = p.counts
	rep := r.finder.Report()
	if r.store != nil {
		if serr := r.store.Save(); serr != nil {
			return serr
		}
	}
	sum.noteGroups(rep, r.offset)

	drop := c.Bool("drop")
	ann := newAnnotations(rep)
	related := func(seq int) bool { return ann.related(seq + r.offset) }
	if rerr := sp.replay(out, related, func(d *docs.Doc) {
		n := d.Seq + r.offset
		if !d.Rendered {
			ann.note(d, n, r.finder.Signature(n).Simhash)
		}
		if drop && ann.rep(n) != n {
			d.Drop = true
			sum.Dropped++
			sum.DocsOut--
		}
	}); rerr != nil {
		out.abort() // no output file is left half written
		return rerr
	}
	if cerr := out.result(); cerr != nil && err == nil {
		err = cerr
	}
	if path := c.String("stats"); path != "" {
		if serr := writeJSON(path, sum); serr != nil {
			return serr
		}
	}
	if !c.Bool("quiet") {
		sum.print(env.Stderr)
	}
	return err
}

// note counts what the filters did to one document.
func (s *summary) note(d *docs.Doc) {
	for _, f := range d.Findings {
		switch v := f.Value.(type) {
		case removals:
			for _, r := range v {
				s.Removed[r.Category]++
			}
		case string:
			if f.Key == "encoding" {
				s.Encodings[v]++
			}
		case int:
			if f.Key == "mojibake_fixed" {
				s.Mojibake += v
			}
		}
	}
}

func (s *summary) noteGroups(rep *dedup.Report, offset int) {
	same := sameGroup(rep)
	example := func(format string, a ...any) {
		if len(s.examples) < summaryExamples {
			s.examples = append(s.examples, fmt.Sprintf(format, a...))
		}
	}
	for _, g := range rep.Groups {
		if g.Members[len(g.Members)-1] >= offset {
			s.Groups++
			s.Duplicates += len(g.Members) - 1
			example("copies: %s and %d more", rep.IDs[g.Rep], len(g.Members)-1)
		}
	}
	for _, p := range rep.Shared {
		if p.B >= offset && !same(p.A, p.B) {
			s.SharedPairs++
			example("shared passages: %s ~ %s (%.0f%% and %.0f%% of their text)", rep.IDs[p.A], rep.IDs[p.B], 100*p.ShareA, 100*p.ShareB)
		}
	}
}

func (s *summary) print(w io.Writer) {
	fmt.Fprintf(w, "winnow: %d documents in, %d out (%s in, %s out)\n",
		s.DocsIn, s.DocsOut, size(s.BytesIn), size(s.BytesOut))
	fmt.Fprintf(w, "winnow: removed %d lines%s\n", total(s.Removed), breakdown(s.Removed))
	if s.Mojibake > 0 {
		fmt.Fprintf(w, "winnow: repaired %d characters of mojibake\n", s.Mojibake)
	}
	if n := total(s.Encodings); n > 0 {
		fmt.Fprintf(w, "winnow: converted %d documents to UTF-8%s\n", n, breakdown(s.Encodings))
	}
	fmt.Fprintf(w, "winnow: %d near-duplicate group(s) holding %d copies; %d pair(s) sharing passages\n",
		s.Groups, s.Duplicates, s.SharedPairs)
	for _, e := range s.examples {
		fmt.Fprintf(w, "winnow:   %s\n", e)
	}
	if n := s.Groups + s.SharedPairs; n > len(s.examples) {
		fmt.Fprintf(w, "winnow:   and %d more (winnow dedup lists them all)\n", n-len(s.examples))
	}
	if s.Dropped > 0 {
		fmt.Fprintf(w, "winnow: dropped %d copies\n", s.Dropped)
	}
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// breakdown lists counts by key, largest first: ": ad 8, promo 26".
func breakdown(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return ": " + strings.Join(parts, ", ")
}

func size(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
