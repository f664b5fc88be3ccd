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

// TestInterruptLeavesNoPartialOutput sends SIGINT in the middle of a batch,
// for each filter: winnow must stop with status 2, leave no temporary or
// half-written file, keep the outputs it completed whole, and leave the
// inputs as they were.
func TestInterruptLeavesNoPartialOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a few hundred megabytes")
	}
	bin := buildWinnow(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	var para bytes.Buffer
	for i := 0; para.Len() < 8<<20; i++ {
		fmt.Fprintf(&para, "Report %d: the council\u00a0voted on Tuesday to extend the library’s opening hours.  \n\n", i)
	}
	sums := map[string][32]byte{}
	for i := range 40 {
		name := filepath.Join(in, fmt.Sprintf("f%02d.txt", i))
		os.WriteFile(name, para.Bytes(), 0o644)
		sums[name] = sha256.Sum256(para.Bytes())
	}
	for _, cmd := range []string{"normalize", "clean", "dedup", "run"} {
		t.Run(cmd, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+cmd)
			args := []string{cmd, "-o", out, in}
			if cmd == "dedup" {
				os.MkdirAll(out, 0o755)
				args = []string{cmd, "--index", filepath.Join(out, "index"), in}
			}
			interrupt(t, bin, args, out)
			ents, _ := os.ReadDir(out)
			for _, e := range ents {
				if strings.HasPrefix(e.Name(), ".") {
					t.Errorf("temporary file left behind: %s", e.Name())
				}
			}
			if cmd == "normalize" {
				want, _ := exec.Command(bin, "normalize", filepath.Join(in, "f00.txt")).Output()
				for _, e := range ents {
					got, _ := os.ReadFile(filepath.Join(out, e.Name()))
					if !bytes.Equal(got, want) {
						t.Errorf("%s is incomplete: %d bytes, want %d", e.Name(), len(got), len(want))
					}
				}
			}
			if cmd == "dedup" {
				if _, err := os.Stat(filepath.Join(out, "index")); err == nil {
					t.Error("an interrupted run saved its index")
				}
			}
			for name, sum := range sums {
				if data, _ := os.ReadFile(name); sha256.Sum256(data) != sum {
					t.Errorf("input %s changed", name)
				}
			}
		})
	}
}

// interrupt starts winnow, sends SIGINT once it has written something (or
// after a moment), and checks it stops with status 2 saying so.
func interrupt(t *testing.T, bin string, args []string, out string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		if ents, _ := os.ReadDir(out); countDone(ents) >= 2 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); err == nil || code != 2 {
		if err == nil {
			t.Skip("the run finished before the interrupt arrived")
		}
		t.Fatalf("exit status %d (%v), want 2; stderr:\n%s", code, err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say it was interrupted:\n%s", stderr.String())
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
