package cli

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"unsafe"

	"github.com/winnow-text/winnow/internal/docs"
)

// A filter is one stage of work on documents.
type filter struct {
	// prepare runs on many documents at once, in any order. It may change
	// d.Data, add findings and set d.Changed.
	prepare func(d *docs.Doc) error
	// ordered runs on one document at a time, in input order, after every
	// filter's prepare. It is for state kept across documents.
	ordered func(d *docs.Doc) error
	// finish runs once after the last document.
	finish func() error
}

type jobKind int

const (
	jobBegin jobKind = iota // a source opens
	jobDoc                  // a document, or a bad record when err is set
	jobEnd                  // a source is done; err is set when it could not be read
)

type job struct {
	seq  int
	size int // bytes read, held in the window until the job is handled
	kind jobKind
	src  *docs.Source
	doc  *docs.Doc
	err  error
}

// A pipeline reads sources, runs the filters on every core and hands the
// documents to the sink in input order. Memory is bounded by the window of
// documents in flight, however long the input.
type pipeline struct {
	env          *Env
	read         docs.Options
	filters      []filter
	sink         sink
	keepGoing    bool
	workers      int
	showProgress bool      // standard error is a terminal and -q was not given
	quiet        bool      // -q: no progress, no notes; errors still go to standard error
	progress     *progress // while running, when shown

	failed map[*docs.Source]bool
	counts counts
}

// counts are what a run did, for the summary.
type counts struct {
	Errors   int   `json:"errors"`  // reported errors: exit status 2
	Skipped  int   `json:"skipped"` // bad records skipped under --keep-going
	DocsIn   int   `json:"documents_in"`
	DocsOut  int   `json:"documents_out"`
	BytesIn  int64 `json:"bytes_in"`
	BytesOut int64 `json:"bytes_out"`
	UpToDate int   `json:"outputs_up_to_date"` // sources skipped: their output was complete
	// WARC records that are not documents (requests, metadata, redirects,
	// images), skipped as they should be.
	WARCSkipped int `json:"warc_records_skipped"`
}

func (p *pipeline) run(ctx context.Context, args []string) error {
	if p.workers <= 0 {
		p.workers = runtime.GOMAXPROCS(0)
	}
	p.failed = map[*docs.Source]bool{}
	p.counts = counts{}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The window is wide, so that the ordered stage can take a moment (a
	// spool block to compress, a write) without leaving the workers idle,
	// and bounded in bytes, so that large documents do not pile up.
	window := newBudget(ctx, windowDocs*p.workers, windowBytes)
	work := make(chan *job, windowDocs*p.workers)
	done := make(chan *job, windowDocs*p.workers)

	if p.showProgress {
		p.progress = startProgress(p.env.Stderr, args)
		defer p.progress.finish()
	}
	go p.produce(ctx, args, window, work)

	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				if j.kind == jobDoc && j.err == nil {
					// JSONL lines are parsed here, on every core, not by the reader.
					if j.err = j.doc.Parse(p.read); j.err == nil {
						j.err = p.prepare(j.doc)
					}
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	pending := map[int]*job{}
	next := 0
	var sinkErr error
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			// After an interrupt the rest is only drained: its output
			// would be thrown away.
			if sinkErr == nil && parent.Err() == nil {
				if sinkErr = p.handle(j); sinkErr != nil {
					cancel()
				}
			}
			window.release(j.size)
		}
	}
	if sinkErr == nil && parent.Err() != nil {
		sinkErr = errInterrupted
	}
	if sinkErr != nil {
		p.sink.abort() // what is half written goes; inputs stay as they were
		return sinkErr
	}
	for _, f := range p.filters {
		if f.finish != nil {
			if err := f.finish(); err != nil {
				return err
			}
		}
	}
	if err := p.sink.close(); err != nil {
		return err
	}
	if p.counts.UpToDate > 0 {
		fmt.Fprintf(p.env.Stderr, "winnow: %d output(s) already complete, left as they were (--force redoes them)\n", p.counts.UpToDate)
	}
	if p.counts.WARCSkipped > 0 && !p.quiet {
		fmt.Fprintf(p.env.Stderr, "winnow: %d WARC record(s) skipped: not HTML or text responses\n", p.counts.WARCSkipped)
	}
	if p.counts.Skipped > 0 {
		fmt.Fprintf(p.env.Stderr, "winnow: skipped %d bad record(s)\n", p.counts.Skipped)
	}
	if p.counts.Errors > 0 {
		return errReported
	}
	return p.sink.result()
}

// silent returns a copy of the pipeline for a preliminary pass over the same
// inputs: no progress, and no error messages, since the main pass reports
// the same errors.
func (p *pipeline) silent() *pipeline {
	q := *p
	q.showProgress = false
	env := *p.env
	env.Stderr = io.Discard
	q.env = &env
	q.sink = discard{}
	return &q
}

// produce walks the arguments and sends every source's documents as jobs.
func (p *pipeline) produce(ctx context.Context, args []string, window *budget, work chan<- *job) {
	defer close(work)
	seq := 0
	send := func(j *job) bool {
		if j.doc != nil {
			j.size = len(j.doc.Data)
		}
		if !window.acquire(j.size) {
			return false
		}
		j.seq = seq
		seq++
		work <- j
		return true
	}
	resumer, _ := p.sink.(*fileSink)
	docs.Walk(args, func(src *docs.Source, err error) bool {
		if err != nil {
			return send(&job{kind: jobEnd, src: src, err: err})
		}
		// Open sets the source's format and compression, which the sink
		// reads: it must happen before the source is handed on.
		r, err := docs.Open(src, p.read, p.env.Stdin)
		if err != nil {
			return send(&job{kind: jobEnd, src: src, err: err})
		}
		defer r.Close()
		if resumer != nil && resumer.upToDate(src) {
			p.counts.UpToDate++ // only the producer writes it
			return true
		}
		if !send(&job{kind: jobBegin, src: src}) {
			return false
		}
		defer func() { p.counts.WARCSkipped += r.Skipped }() // only the producer writes it
		for {
			d, err := r.Next()
			if err == io.EOF {
				return send(&job{kind: jobEnd, src: src})
			}
			if _, bad := err.(*docs.RecordError); bad {
				if !send(&job{kind: jobDoc, src: src, err: err}) {
					return false
				}
				continue
			}
			if err != nil {
				return send(&job{kind: jobEnd, src: src, err: err})
			}
			p.counts.BytesIn += int64(len(d.Data)) // only the producer writes it
			if !send(&job{kind: jobDoc, src: src, doc: d}) {
				return false
			}
		}
	})
}

func (p *pipeline) prepare(d *docs.Doc) error {
	for _, f := range p.filters {
		if f.prepare == nil {
			continue
		}
		if err := f.prepare(d); err != nil {
			return err
		}
	}
	return nil
}

// handle takes one job in input order. Only a failing sink stops the run;
// a bad input is reported and the run goes on.
func (p *pipeline) handle(j *job) error {
	switch j.kind {
	case jobBegin:
		if err := p.sink.begin(j.src); err != nil {
			p.fail(j, err)
		}
	case jobEnd:
		if j.err != nil {
			p.fail(j, j.err)
		}
		failed := p.failed[j.src]
		delete(p.failed, j.src)
		p.progress.sourceDone(j.src)
		return p.sink.end(j.src, failed)
	case jobDoc:
		if j.err == nil {
			j.doc.Seq = p.counts.DocsIn
			p.counts.DocsIn++
			j.err = p.order(j.doc)
		}
		if j.err != nil {
			if p.keepGoing {
				p.counts.Skipped++
				fmt.Fprintf(p.env.Stderr, "winnow: %s (skipped)\n", located(j, j.err))
				return nil
			}
			p.fail(j, j.err)
			return nil
		}
		if j.doc.Drop {
			return nil
		}
		p.counts.DocsOut++
		p.counts.BytesOut += int64(len(j.doc.Data))
		p.progress.add(len(j.doc.Data))
		return p.sink.write(j.doc)
	}
	return nil
}

func (p *pipeline) order(d *docs.Doc) error {
	for _, f := range p.filters {
		if f.ordered == nil {
			continue
		}
		if err := f.ordered(d); err != nil {
			return err
		}
	}
	return nil
}

// fail reports an error in a source; the run goes on, the source's output is
// not committed, and the exit status will be 2.
func (p *pipeline) fail(j *job, err error) {
	p.counts.Errors++
	p.failed[j.src] = true
	fmt.Fprintf(p.env.Stderr, "winnow: %s\n", located(j, err))
}

// located prefixes err with the file, and the line for JSONL, unless it
// already names them.
func located(j *job, err error) string {
	if _, ok := err.(*docs.RecordError); ok {
		return err.Error()
	}
	if j.doc != nil {
		return j.doc.Where() + ": " + err.Error()
	}
	return j.src.Path + ": " + err.Error()
}

// Documents and bytes in flight between the reader and the ordered stage,
// per worker and in all.
const (
	windowDocs  = 64
	windowBytes = 16 << 20
)

// A budget bounds the documents and bytes in flight. A document larger than
// the byte budget still goes, alone.
type budget struct {
	mu               sync.Mutex
	cond             sync.Cond
	docs, bytes      int
	maxDocs, maxSize int
	done             bool
}

// newBudget returns a budget whose waits end when ctx is done.
func newBudget(ctx context.Context, maxDocs, maxSize int) *budget {
	b := &budget{maxDocs: maxDocs, maxSize: maxSize}
	b.cond.L = &b.mu
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.done = true
		b.mu.Unlock()
		b.cond.Broadcast()
	})
	return b
}

// acquire waits for room for one document of size bytes; it returns false
// when the run is cancelled first.
func (b *budget) acquire(size int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for !b.done && (b.docs >= b.maxDocs || b.docs > 0 && b.bytes+size > b.maxSize) {
		b.cond.Wait()
	}
	if b.done {
		return false
	}
	b.docs++
	b.bytes += size
	return true
}

// release returns what acquire took.
func (b *budget) release(size int) {
	b.mu.Lock()
	b.docs--
	b.bytes -= size
	b.mu.Unlock()
	b.cond.Signal()
}

// view returns b as a string without copying it, for the filters that read
// a document's text and keep nothing of it but what they copy: b must not
// change while the string is in use.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// textBytes returns s as a document's Data without copying it. Filters
// replace a document's Data and never write into it, so the string's bytes
// stay as they are.
func textBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
