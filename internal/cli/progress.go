package cli

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// progress reports documents and bytes done on a terminal, every half second,
// on one line it rewrites.
type progress struct {
	w     io.Writer
	start time.Time
	docs  atomic.Int64
	bytes atomic.Int64
	stop  chan struct{}
	done  chan struct{}
}

func startProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
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

func (p *progress) print(prefix string) {
	secs := time.Since(p.start).Seconds()
	n, b := p.docs.Load(), float64(p.bytes.Load())/1e6
	fmt.Fprintf(p.w, "%swinnow: %d documents, %.1f MB, %.0f docs/s, %.1f MB/s ", prefix, n, b, float64(n)/secs, b/secs)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
}
