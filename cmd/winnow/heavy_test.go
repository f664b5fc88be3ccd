package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// runMeasured runs the winnow binary and returns its standard output, its
// peak resident memory in megabytes and how long it took.
func runMeasured(t *testing.T, bin string, args ...string) (out []byte, rssMB int64, took time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	peak := watchPeak(cmd.Process.Pid)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("winnow %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes(), <-peak, time.Since(start)
}

// watchPeak follows a process's peak resident memory (VmHWM) until it ends.
// rusage's maxrss would not do: it counts the parent's memory the child
// shared before exec.
func watchPeak(pid int) <-chan int64 {
	peak := make(chan int64, 1)
	go func() {
		var kb int64
		for {
			data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
			if err != nil || bytes.Contains(data, []byte("State:\tZ")) {
				peak <- kb / 1024
				return
			}
			for _, line := range strings.Split(string(data), "\n") {
				if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
					if n, err := strconv.ParseInt(strings.Fields(v)[0], 10, 64); err == nil {
						kb = max(kb, n)
					}
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	return peak
}

// TestMillionTinyDocuments runs every filter over a million one-line JSONL
// records: every document comes out, and memory stays within its bound.
func TestMillionTinyDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("a million documents")
	}
	bin := buildWinnow(t)
	path := filepath.Join(t.TempDir(), "tiny.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	const n = 1_000_000
	for i := range n {
		fmt.Fprintf(w, `{"id":"%d","text":"Item %d: the council voted %d times."}`+"\n", i, i, i%97)
	}
	w.Flush()
	f.Close()
	// Streaming filters hold a window of documents; dedup and run keep a
	// signature of each (a few hundred bytes for a short document).
	bounds := map[string]int64{"normalize": 200, "clean": 200, "dedup": 1024, "run": 1024}
	eachFilter(t, bin, path, bounds, func(cmd string, out []byte) {
		if lines := bytes.Count(out, []byte{'\n'}); lines != n {
			t.Errorf("%s: %d documents out, want %d", cmd, lines, n)
		}
	})
}

// eachFilter runs normalize, clean, dedup and run on path, checks each
// stays within its memory bound in megabytes, and hands its output to check.
func eachFilter(t *testing.T, bin, path string, bounds map[string]int64, check func(cmd string, out []byte)) {
	t.Helper()
	for _, cmd := range []string{"normalize", "clean", "dedup", "run"} {
		out, rss, took := runMeasured(t, bin, cmd, "-q", path)
		check(cmd, out)
		t.Logf("%s: %v, %d MB resident", cmd, took.Round(time.Millisecond), rss)
		if rss > bounds[cmd] {
			t.Errorf("%s: %d MB resident, want at most %d", cmd, rss, bounds[cmd])
		}
	}
}

// TestHugeLine sends a 200 MB line with no newline through every filter.
// normalize and clean stream it in parts; dedup and run compare documents
// whole, so they hold it, and what it takes, at about ten times its size.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("a 200 MB line")
	}
	bin := buildWinnow(t)
	const size = 200 << 20
	words := []byte("the council voted on the budget again and again ")
	data := bytes.Repeat(words, size/len(words)+1)[:size]
	path := filepath.Join(t.TempDir(), "line.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	data = nil
	bounds := map[string]int64{"normalize": 200, "clean": 200, "dedup": 10 * 200, "run": 10 * 200}
	eachFilter(t, bin, path, bounds, func(string, []byte) {})
}

// TestHugeHTML cleans a 50 MB page: too big for a DOM, it is extracted from
// its visible text in pieces, in under ten times its size of memory.
func TestHugeHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("a 50 MB page")
	}
	bin := buildWinnow(t)
	var page bytes.Buffer
	page.WriteString("<!DOCTYPE html><html><head><title>A long record</title></head><body><nav><a href=/>Home</a></nav><article>")
	for i := 0; page.Len() < 50<<20; i++ {
		fmt.Fprintf(&page, "<p>On day %d the council met again and voted on item %d of the budget, which had been delayed by %d weeks of talks.</p>\n", i, i*7, i%13)
	}
	page.WriteString("</article><footer>Subscribe to our newsletter</footer></body></html>")
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	page.Reset()
	out, rss, took := runMeasured(t, bin, "clean", "-q", path)
	t.Logf("clean: %v, %d MB resident, %d MB out", took.Round(time.Millisecond), rss, len(out)>>20)
	if !bytes.Contains(out, []byte("On day 1000 the council met again")) {
		t.Error("the article's text is missing")
	}
	if bytes.Contains(out, []byte("Subscribe to our newsletter")) {
		t.Error("the footer was kept")
	}
	// The page, its decoded copy, the extracted text and the output, with
	// the collector's slack: under ten times the page.
	if rss > 10*50 {
		t.Errorf("%d MB resident for a 50 MB page, want at most %d", rss, 10*50)
	}
}
