package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildWinnow builds the command once per test binary run.
func buildWinnow(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "winnow")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestInterruptLeavesNoPartialOutput sends SIGINT in the middle of a batch:
// winnow must stop with status 2, leave no temporary or half-written file,
// keep the outputs it completed whole, and leave the inputs as they were.
func TestInterruptLeavesNoPartialOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a few hundred megabytes")
	}
	bin := buildWinnow(t)
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	os.MkdirAll(in, 0o755)
	var para bytes.Buffer
	for para.Len() < 8<<20 {
		para.WriteString("The council\u00a0voted on Tuesday to extend the library’s opening hours.  \n\n")
	}
	sums := map[string][32]byte{}
	for i := range 40 {
		name := filepath.Join(in, fmt.Sprintf("f%02d.txt", i))
		os.WriteFile(name, para.Bytes(), 0o644)
		sums[name] = sha256.Sum256(para.Bytes())
	}

	cmd := exec.Command(bin, "normalize", "-o", out, in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once the first outputs are complete.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if ents, _ := os.ReadDir(out); countDone(ents) >= 2 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	code := cmd.ProcessState.ExitCode()
	if err == nil || code != 2 {
		t.Fatalf("exit status %d (%v), want 2; stderr:\n%s", code, err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say it was interrupted:\n%s", stderr.String())
	}
	ents, _ := os.ReadDir(out)
	if countDone(ents) == 40 {
		t.Skip("the batch finished before the interrupt arrived")
	}
	want, _ := exec.Command(bin, "normalize", filepath.Join(in, "f00.txt")).Output()
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
			continue
		}
		got, _ := os.ReadFile(filepath.Join(out, e.Name()))
		if !bytes.Equal(got, want) {
			t.Errorf("%s is incomplete: %d bytes, want %d", e.Name(), len(got), len(want))
		}
	}
	for name, sum := range sums {
		data, _ := os.ReadFile(name)
		if sha256.Sum256(data) != sum {
			t.Errorf("input %s changed", name)
		}
	}
}

func countDone(ents []os.DirEntry) int {
	n := 0
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), ".") {
			n++
		}
	}
	return n
}
