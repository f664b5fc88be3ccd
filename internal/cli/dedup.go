package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/winnow-text/winnow/clean"
	"github.com/winnow-text/winnow/dedup"
	"github.com/winnow-text/winnow/internal/docs"
	"github.com/winnow-text/winnow/normalize"
)

func dedupCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "dedup",
		Usage:     "find near-duplicate reports and the passages reports share",
		ArgsUsage: "[PATH ...]",
		Description: "Fingerprints every document (a 64-bit simhash of its normalized text with " +
			"boilerplate removed), finds near-duplicates within --distance bits confirmed by " +
			"shingle overlap, groups them, and finds long passages that documents share.\n\n" +
			"For text input it prints the groups and shared passages. For JSONL it writes every " +
			"record with winnow.simhash, and where they apply winnow.cluster, winnow.dup_of and " +
			"winnow.shared_with. A group's representative is its earliest document by --date-field, " +
			"else its first in input order; --drop keeps only representatives.\n\n" +
			"Examples:\n" +
			"   winnow dedup seeds/\n" +
			"   winnow dedup --drop news.jsonl > unique.jsonl\n" +
			"   winnow dedup --index .winnow/index --check new/\n" +
			"   winnow dedup sign news.jsonl | LC_ALL=C sort | winnow dedup group",
		Flags: dedupFlags(),
		Action: func(c *ucli.Context) error {
			return runDedup(c, env)
		},
		Subcommands: []*ucli.Command{dedupSignCommand(env), dedupGroupCommand(env)},
	}
}

func dedupFlags() []ucli.Flag {
	return append(commonFlags(), dedupOnlyFlags()...)
}

// dedupDefaults are the dedup package's defaults, shown in --help.
var dedupDefaults = dedup.NewFinder(dedup.Options{}).Options()

// thresholdFlags are the dedup thresholds every command that groups takes.
func thresholdFlags() []ucli.Flag {
	d := dedupDefaults
	return []ucli.Flag{
		&ucli.IntFlag{Name: "distance", Usage: "simhash radius in bits within which documents are candidates", DefaultText: strconv.Itoa(d.MaxDistance)},
		&ucli.Float64Flag{Name: "containment", Usage: "share of the shorter text the other must contain to be a near-duplicate", DefaultText: strconv.FormatFloat(d.MinContainment, 'g', -1, 64)},
		&ucli.IntFlag{Name: "min-passage", Usage: "words a shared passage must have to count", DefaultText: strconv.Itoa(d.MinPassage)},
		&ucli.IntFlag{Name: "passage-memory", Usage: "MiB for finding shared passages, which are sought among the most recent documents that fit (some 30,000 articles by default)", DefaultText: strconv.Itoa(d.PassageMemory >> 20)},
	}
}

func dedupOnlyFlags() []ucli.Flag {
	return append(thresholdFlags(),
		&ucli.StringFlag{Name: "date-field", Value: "date", Usage: "JSONL field with the publication date, for choosing representatives"},
		&ucli.StringFlag{Name: "index", Usage: "persistent index `FILE`: check against every document in it, then add these"},
		&ucli.BoolFlag{Name: "drop", Usage: "leave out every document that is not its group's representative"},
	)
}

func dedupOptions(c *ucli.Context) (dedup.Options, error) {
	o := dedup.Options{
		MaxDistance:    c.Int("distance"),
		MinContainment: c.Float64("containment"),
		MinPassage:     c.Int("min-passage"),
		PassageMemory:  c.Int("passage-memory") << 20,
	}
	if mb := c.Int("passage-memory"); mb < 0 || mb > 1<<20 {
		return o, usagef("--passage-memory: want MiB from 1 to %d, not %d", 1<<20, mb)
	}
	if o.MaxDistance < 0 || o.MaxDistance > 24 {
		return o, usagef("--distance: want 0 to 24 bits, not %d", o.MaxDistance)
	}
	if c.IsSet("distance") && o.MaxDistance == 0 {
		o.MaxDistance = -1 // to dedup.Options, 0 means its default
	}
	if o.MinContainment < 0 || o.MinContainment > 1 {
		return o, usagef("--containment: want a share from 0 to 1, not %g", o.MinContainment)
	}
	return o, nil
}

// signer reduces a document to its dedup signature: what dedup compares is
// the normalized text without boilerplate, so chaff neither hides a copy nor
// makes two articles from one site look alike.
type signer struct {
	cleaner *clean.Cleaner
}

func newSigner() (*signer, error) {
	cl, err := clean.New(clean.Options{})
	if err != nil {
		return nil, err
	}
	return &signer{cleaner: cl}, nil
}

// text is the text of d that dedup compares. It decodes d in place: the
// passes that sign documents do not write them.
func (s *signer) text(d *docs.Doc) (string, error) {
	if d.Format == docs.HTML {
		page, err := s.cleaner.HTML(d.Data, "")
		if err != nil {
			return "", err
		}
		return page.Text, nil
	}
	if err := decode(d, ""); err != nil {
		return "", err
	}
	text := normalize.String(string(d.Data), normalize.Options{DecodeEntities: true})
	if cleaned := s.cleaner.Text(text).Text; strings.TrimSpace(cleaned) != "" {
		return cleaned, nil
	}
	// All of it looked like boilerplate (a one-line item, say): compare it
	// whole rather than as nothing.
	return text, nil
}

// signed is what the prepare step hands to the ordered step.
type signed struct {
	sig  dedup.Signature
	date time.Time
}

// dedupRun holds one run's state: the finder (and its index file, if any).
type dedupRun struct {
	env       *Env
	finder    *dedup.Finder
	store     *dedup.Store
	offset    int // documents in the index file before this run
	dateField string
	signer    *signer

	// The finder works on its own goroutine, fed in input order, so adding
	// one document overlaps the work on the next ones.
	queue chan added
	done  chan struct{}
}

type added struct {
	id string
	signed
}

// finderQueue is how many signed documents may wait for the finder.
const finderQueue = 1024

func runDedup(c *ucli.Context, env *Env) error {
	p, args, err := setup(c, env)
	if err != nil {
		return err
	}
	opts, err := dedupOptions(c)
	if err != nil {
		return err
	}
	p.read.PartSize = 0 // a fingerprint is of the whole document
	r := &dedupRun{env: env, dateField: c.String("date-field")}
	if r.signer, err = newSigner(); err != nil {
		return err
	}
	if path := c.String("index"); path != "" {
		if r.store, err = openIndex(path, opts); err != nil {
			return err
		}
		defer r.store.Close()
		r.finder = r.store.Finder
		r.offset = r.finder.Len()
	} else {
		r.finder = dedup.NewFinder(opts)
	}

	// Pass one signs and groups every document and writes nothing; when
	// documents are to be written, pass two reads them again and writes them
	// with what pass one found.
	out := p.sink
	if fs, ok := out.(*fileSink); ok {
		fs.resume = false // every document is needed to find its copies
	}
	_, checking := out.(*checkSink)
	// Records are written back annotated; plain text gets a report instead.
	// Whether the input is JSONL may only show once it is read.
	wantDocs := c.Bool("drop") || c.IsSet("output") || c.Bool("in-place") || c.String("to") == "jsonl"
	mayAnnotate := !checking && (wantDocs || c.String("to") != "text")
	if mayAnnotate && hasStdin(args) {
		spool, err := spoolStdin(env.Stdin)
		if err != nil {
			return fmt.Errorf("standard input: %w", err)
		}
		defer os.Remove(spool.Name())
		defer spool.Close()
		copied := *env
		copied.Stdin = spool
		p.env = &copied
	}
	p.sink = discard{}
	sawRecords := false
	p.filters = []filter{{prepare: r.sign, ordered: func(d *docs.Doc) error {
		sawRecords = sawRecords || docs.OutputFormat(d, docs.Detect) == docs.JSONL
		return r.add(d)
	}}}
	err = p.run(c.Context, args)
	r.wait()
	annotate := mayAnnotate && (wantDocs || sawRecords)
	if err != nil && !errors.Is(err, errReported) {
		return err
	}
	rep := r.finder.Report()
	if r.store != nil && !checking {
		if serr := r.store.Save(); serr != nil {
			return serr
		}
	}
	switch {
	case checking:
		if cerr := r.check(rep); cerr != nil {
			return cerr
		}
		return err
	case !annotate:
		if werr := writeReport(env.Stdout, rep, r.offset); werr != nil {
			return werr
		}
		return err
	case err != nil:
		return err // a second pass over unreadable input helps nobody
	}

	if spool, ok := p.env.Stdin.(*os.File); ok && p.env != env {
		if _, err := spool.Seek(0, io.SeekStart); err != nil {
			return err
		}
	}
	p2 := *p
	p2.sink = out
	p2.showProgress = false
	drop := c.Bool("drop")
	ann := newAnnotations(rep)
	p2.filters = []filter{{ordered: func(d *docs.Doc) error {
		n := d.Seq + r.offset
		ann.note(d, n, r.finder.Signature(n).Simhash)
		d.Drop = drop && ann.rep(n) != n
		return nil
	}}}
	return p2.run(c.Context, args)
}

// openIndex opens (or starts) the index file at path, making its directory.
func openIndex(path string, opts dedup.Options) (*dedup.Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return dedup.Open(path, opts)
}

func hasStdin(args []string) bool {
	for _, a := range args {
		if a == "-" {
			return true
		}
	}
	return false
}

func spoolStdin(r io.Reader) (*os.File, error) {
	f, err := os.CreateTemp("", "winnow-stdin-*")
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	_, err = f.Seek(0, io.SeekStart)
	return f, err
}

func (r *dedupRun) sign(d *docs.Doc) error {
	text, err := r.signer.text(d)
	if err != nil {
		return err
	}
	s := signed{sig: dedup.Sign(text), date: r.date(d)}
	d.Carry = s
	return nil
}

func (r *dedupRun) add(d *docs.Doc) error {
	if r.queue == nil {
		r.queue, r.done = make(chan added, finderQueue), make(chan struct{})
		go func() {
			defer close(r.done)
			for a := range r.queue {
				r.finder.Add(a.id, a.date, a.sig)
			}
		}()
	}
	r.queue <- added{d.ID, d.Carry.(signed)}
	d.Carry = nil
	return nil
}

// wait returns once the finder has every document added so far.
func (r *dedupRun) wait() {
	if r.queue != nil {
		close(r.queue)
		<-r.done
		r.queue = nil
	}
}

// date is a JSONL record's publication date from --date-field, or zero.
func (r *dedupRun) date(d *docs.Doc) time.Time {
	if d.Record == nil {
		return time.Time{}
	}
	v, err := d.Record.String(r.dateField)
	if err != nil {
		return time.Time{}
	}
	return parseDate(v)
}

// parseDate reads the dates news records carry; an unknown form is no date.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return time.Time{}
}

// check lists each document of this run that has a near-duplicate, naming
// its group's representative (or, for the representative, another member),
// and returns errFound if there are any.
func (r *dedupRun) check(rep *dedup.Report) error {
	pairs := nearPairs(rep)
	found := false
	for _, g := range rep.Groups {
		for _, m := range g.Members {
			if m < r.offset {
				continue // it was in the index already
			}
			other := g.Rep
			if m == g.Rep {
				other = g.Members[0]
				if other == m {
					other = g.Members[1]
				}
			}
			found = true
			fmt.Fprintf(r.env.Stdout, "%s: near-duplicate of %s%s\n", rep.IDs[m], rep.IDs[other], pairs.describe(m, other))
		}
	}
	if found {
		return errFound
	}
	return nil
}

// nearIndex finds the near pair of two documents, when they were compared
// directly rather than joined through another member.
type nearIndex map[[2]int]dedup.NearPair

func nearPairs(rep *dedup.Report) nearIndex {
	n := nearIndex{}
	for _, p := range rep.Near {
		n[[2]int{p.A, p.B}] = p
	}
	return n
}

func (n nearIndex) describe(a, b int) string {
	p, ok := n[[2]int{min(a, b), max(a, b)}]
	if !ok {
		return " (through another member)"
	}
	return fmt.Sprintf(" (%d bits, %.0f%% contained)", p.Distance, 100*p.Containment)
}

// writeReport prints the groups and shared passages of the documents of this
// run (those after offset) and the ones they relate to.
func writeReport(w io.Writer, rep *dedup.Report, offset int) error {
	bw := bufio.NewWriter(w)
	pairs := nearPairs(rep)
	groups := 0
	for _, g := range rep.Groups {
		if g.Members[len(g.Members)-1] < offset {
			continue
		}
		groups++
		fmt.Fprintf(bw, "group %s (%d documents)\n", rep.IDs[g.Rep], len(g.Members))
		for _, m := range g.Members {
			if m == g.Rep {
				continue
			}
			fmt.Fprintf(bw, "  %s%s\n", rep.IDs[m], pairs.describe(m, g.Rep))
		}
	}
	if groups == 0 {
		fmt.Fprintln(bw, "no near-duplicates")
	}
	shared := 0
	same := sameGroup(rep)
	for _, s := range rep.Shared {
		if s.B < offset || same(s.A, s.B) {
			continue // old news, or already said: copies share everything
		}
		shared++
		words := 0
		for _, ps := range s.Passages {
			words += ps.A.Len()
		}
		fmt.Fprintf(bw, "shared %s ~ %s: %d passage(s), %d words, %.0f%% of the first, %.0f%% of the second\n",
			rep.IDs[s.A], rep.IDs[s.B], len(s.Passages), words, 100*s.ShareA, 100*s.ShareB)
		for _, ps := range s.Passages {
			fmt.Fprintf(bw, "  words %d-%d ~ %d-%d\n", ps.A.Start, ps.A.End, ps.B.Start, ps.B.End)
		}
	}
	if shared == 0 {
		fmt.Fprintln(bw, "no shared passages")
	}
	return bw.Flush()
}

// sameGroup reports whether two documents are near-duplicates of each other.
func sameGroup(rep *dedup.Report) func(a, b int) bool {
	repOf := map[int]int{}
	for _, g := range rep.Groups {
		for _, m := range g.Members {
			repOf[m] = g.Rep
		}
	}
	return func(a, b int) bool {
		ra, oka := repOf[a]
		rb, okb := repOf[b]
		return oka && okb && ra == rb
	}
}

// annotations answer, for each document number, what JSONL output says of it.
type annotations struct {
	ids    []string
	repOf  map[int]int
	shared map[int][]sharedWith
}

type sharedWith struct {
	ID    string  `json:"id"`
	Share float64 `json:"share"`
}

func newAnnotations(rep *dedup.Report) *annotations {
	a := &annotations{ids: rep.IDs, repOf: map[int]int{}, shared: map[int][]sharedWith{}}
	for _, g := range rep.Groups {
		for _, m := range g.Members {
			a.repOf[m] = g.Rep
		}
	}
	same := sameGroup(rep)
	for _, s := range rep.Shared {
		if same(s.A, s.B) {
			continue
		}
		a.shared[s.A] = append(a.shared[s.A], sharedWith{rep.IDs[s.B], round2(s.ShareA)})
		a.shared[s.B] = append(a.shared[s.B], sharedWith{rep.IDs[s.A], round2(s.ShareB)})
	}
	return a
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func (a *annotations) rep(n int) int {
	if r, ok := a.repOf[n]; ok {
		return r
	}
	return n
}

// related reports whether document n has a near-duplicate or shares passages.
func (a *annotations) related(n int) bool {
	_, grouped := a.repOf[n]
	return grouped || len(a.shared[n]) > 0
}

func simhashHex(h uint64) string { return fmt.Sprintf("%016x", h) }

func (a *annotations) note(d *docs.Doc, n int, simhash uint64) {
	d.Note("simhash", simhashHex(simhash))
	if r, ok := a.repOf[n]; ok {
		d.Note("cluster", a.ids[r])
		if r != n {
			d.Note("dup_of", a.ids[r])
		}
	}
	if s := a.shared[n]; len(s) > 0 {
		d.Note("shared_with", s)
	}
}

// discard is the sink of a pass that writes nothing.
type discard struct{}

func (discard) begin(*docs.Source) error     { return nil }
func (discard) write(*docs.Doc) error        { return nil }
func (discard) end(*docs.Source, bool) error { return nil }
func (discard) close() error                 { return nil }
func (discard) abort()                       {}
func (discard) result() error                { return nil }

func dedupSignCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "sign",
		Usage:     "the map step: print each document's fingerprint and index keys, one per line",
		ArgsUsage: "[PATH ...]",
		Description: "Prints the lines 'winnow dedup group' reads once they are sorted bytewise, so " +
			"that 'winnow dedup sign | LC_ALL=C sort | winnow dedup group' finds what 'winnow dedup' " +
			"finds, and the same two steps can run under Hadoop Streaming or Spark's pipe.",
		Flags: append(commonFlags(), &ucli.StringFlag{Name: "date-field", Value: "date", Usage: "JSONL field with the publication date"}),
		Action: func(c *ucli.Context) error {
			p, args, err := setup(c, env)
			if err != nil {
				return err
			}
			p.read.PartSize = 0
			r := &dedupRun{env: env, dateField: c.String("date-field")}
			if r.signer, err = newSigner(); err != nil {
				return err
			}
			bw := bufio.NewWriter(env.Stdout)
			p.sink = discard{}
			p.filters = []filter{{prepare: r.sign, ordered: func(d *docs.Doc) error {
				s := d.Carry.(signed)
				d.Carry = nil
				return dedup.SignLines(bw, d.Seq, d.ID, s.date, s.sig)
			}, finish: bw.Flush}}
			return p.run(c.Context, args)
		},
	}
}

func dedupGroupCommand(env *Env) *ucli.Command {
	return &ucli.Command{
		Name:      "group",
		Usage:     "the reduce step: read sorted 'dedup sign' lines and print groups and shared passages",
		ArgsUsage: "[PATH ...]",
		Flags:     thresholdFlags(),
		Action: func(c *ucli.Context) error {
			opts, err := dedupOptions(c)
			if err != nil {
				return err
			}
			var readers []io.Reader
			for _, path := range c.Args().Slice() {
				if path == "-" {
					readers = append(readers, env.Stdin)
					continue
				}
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				defer f.Close()
				readers = append(readers, f)
			}
			if len(readers) == 0 {
				if env.StdinIsTerminal {
					return usagef("no input: pipe sorted 'winnow dedup sign' lines into winnow dedup group")
				}
				readers = append(readers, env.Stdin)
			}
			rep, err := dedup.Group(io.MultiReader(readers...), opts)
			if err != nil {
				return fmt.Errorf("dedup group: %w", err)
			}
			return writeReport(env.Stdout, rep, 0)
		},
	}
}
