package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// TestStreamMemoryBounded streams WINNOW_STREAM_MB (default 2048) megabytes
// of scraped-looking text through `winnow normalize | winnow clean` and
// checks that each process stays under 200 MB resident.
func TestStreamMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams gigabytes")
	}
	mb := 2048
	if v, err := strconv.Atoi(os.Getenv("WINNOW_STREAM_MB")); err == nil && v > 0 {
		mb = v
	}
	bin := buildWinnow(t)
	normalize := exec.Command(bin, "normalize", "-q")
	clean := exec.Command(bin, "clean", "-q", "--no-learn")
	in, err := normalize.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	clean.Stdin, err = normalize.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := clean.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	normalize.Stderr, clean.Stderr = os.Stderr, os.Stderr
	if err := normalize.Start(); err != nil {
		t.Fatal(err)
	}
	if err := clean.Start(); err != nil {
		t.Fatal(err)
	}
	peaks := map[string]<-chan int64{"normalize": watchPeak(normalize.Process.Pid), "clean": watchPeak(clean.Process.Pid)}
	start := time.Now()
	counted := make(chan int64)
	go func() {
		n, _ := io.Copy(io.Discard, out)
		counted <- n
	}()
	w := bufio.NewWriterSize(in, 1<<20)
	total := int64(mb) << 20
	for i, written := 0, int64(0); written < total; i++ {
		n, _ := fmt.Fprintf(w, "ADVERTISEMENT\n\nReport %d: the council\u00a0voted on Tuesday to extend the library’s opening hours, after months of complaints from students who said they had nowhere quiet to work.  \n\nShare this article\n\n", i)
		written += int64(n)
	}
	w.Flush()
	in.Close()
	outBytes := <-counted
	if err := normalize.Wait(); err != nil {
		t.Fatalf("normalize: %v", err)
	}
	if err := clean.Wait(); err != nil {
		t.Fatalf("clean: %v", err)
	}
	secs := time.Since(start).Seconds()
	if outBytes == 0 {
		t.Fatal("no output")
	}
	for name, peak := range peaks {
		rss := <-peak
		t.Logf("%s: %d MB resident at most", name, rss)
		if rss > 200 {
			t.Errorf("%s used %d MB resident, want under 200 MB", name, rss)
		}
	}
	t.Logf("%d MB in, %d MB out, %.1f s, %.0f MB/s through the pipe", mb, outBytes>>20, secs, float64(mb)/secs)
}
