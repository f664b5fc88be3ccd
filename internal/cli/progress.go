package cli

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/winnow-text/winnow/internal/docs"
)

// progress reports documents and bytes done on a terminal, every half second,
// on one line it rewrites.
type progress struct {
	w     io.Writer
	start time.Time
	docs  atomic.Int64
	bytes atomic.Int64
	// For the ETA: the size of all input files, once known (-1 while it is
	// being added up, or when standard input makes it unknowable), and the
	// size of the files done.
	total    atomic.Int64
	doneSize atomic.Int64
	stop     chan struct{}
	done     chan struct{}
}

func startProgress(w io.Writer, args []string) *progress {
	p := &progress{w: w, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	p.total.Store(-1)
	go p.measure(args)
	go func() {
		defer close(p.done)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.print("\r")
			case <-p.stop:
				p.print("\r")
				fmt.Fprintln(p.w)
				return
			}
		}
	}()
	return p
}

func (p *progress) add(bytes int) {
	if p == nil {
		return
	}
	p.docs.Add(1)
	p.bytes.Add(int64(bytes))
}

// measure adds up the sizes of the input files, for the ETA.
func (p *progress) measure(args []string) {
	var total int64
	unknown := false
	docs.Walk(args, func(src *docs.Source, err error) bool {
		if src.Stdin() {
			unknown = true
			return false
		}
		if fi, err := os.Stat(src.Path); err == nil {
			total += fi.Size()
		}
		select {
		case <-p.stop:
			unknown = true
			return false
		default:
			return true
		}
	})
	if !unknown {
		p.total.Store(total)
	}
}

// sourceDone counts a finished input file towards the ETA.
func (p *progress) sourceDone(src *docs.Source) {
	if p == nil || src.Stdin() {
		return
	}
	if fi, err := os.Stat(src.Path); err == nil {
		p.doneSize.Add(fi.Size())
	}
}

func (p *progress) print(prefix string) {
	elapsed := time.Since(p.start)
	secs := elapsed.Seconds()
	n, b := p.docs.Load(), float64(p.bytes.Load())/1e6
	eta := ""
	if total, done := p.total.Load(), p.doneSize.Load(); total > 0 && done > 0 && done < total {
		left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		eta = fmt.Sprintf(", %d%%, ETA %s", 100*done/total, left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "%swinnow: %d documents, %.1f MB, %.0f docs/s, %.1f MB/s%s ", prefix, n, b, float64(n)/secs, b/secs, eta)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
}
