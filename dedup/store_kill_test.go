package dedup

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// killHelperEnv makes the test binary act as a process that keeps growing an
// index file, so TestStoreSurvivesKill can kill it in the middle of a write.
const killHelperEnv = "WINNOW_DEDUP_KILL_HELPER"

func TestMain(m *testing.M) {
	if path := os.Getenv(killHelperEnv); path != "" {
		growIndexForever(path)
	}
	os.Exit(m.Run())
}

func growIndexForever(path string) {
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = fmt.Sprintf("report %d: the council met again and voted on item %d of the budget, which had been delayed for weeks by a dispute over the cost of the new library and the opening hours of the swimming pool", i, i*7)
	}
	for round := 0; ; round++ {
		s, err := Open(path, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		for i, text := range texts {
			s.Add(fmt.Sprintf("doc-%d-%d", round, i), time.Time{}, Sign(text))
		}
		if err := s.Save(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		s.Close()
	}
}

// TestStoreSurvivesKill kills a process with SIGKILL while it writes the
// index, again and again: every time, the file must open, holding the old
// state or the new, never a corrupt one.
func TestStoreSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes for a few seconds")
	}
	path := filepath.Join(t.TempDir(), "index")
	last := 0
	for i := range 20 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), killHelperEnv+"="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+i*13%90) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()

		s, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("kill %d: the index does not open: %v", i, err)
		}
		if s.Len() < last || s.Len()%40 != 0 {
			t.Fatalf("kill %d: %d documents after %d before: a partial write", i, s.Len(), last)
		}
		last = s.Len()
		s.Close()
	}
	if last == 0 {
		t.Skip("no write finished before a kill; the machine is too slow to tell")
	}
	t.Logf("20 kills, index intact with %d documents", last)
}
