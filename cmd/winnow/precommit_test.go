package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs the real pre-commit framework on a scratch corpus
// repository that uses winnow's .pre-commit-hooks.yaml, as a corpus
// maintainer would.
func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed; .ci/run installs it")
		}
		t.Skip("pre-commit is not installed")
	}
	if testing.Short() {
		t.Skip("builds winnow through pre-commit")
	}
	tmp := t.TempDir()
	env := append(os.Environ(),
		"HOME="+tmp,
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"),
		"GOMODCACHE="+goEnv(t, "GOMODCACHE"),
		"GOCACHE="+goEnv(t, "GOCACHE"),
		"GOFLAGS=-buildvcs=false",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	run := func(dir string, want bool, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if (err == nil) != want {
			t.Fatalf("%s %s: err=%v, want success=%v\n%s", name, strings.Join(args, " "), err, want, out)
		}
		return string(out)
	}

	// The hook repository: this module's source, as one commit.
	hooks := filepath.Join(tmp, "winnow")
	copySource(t, "../..", hooks)
	run(hooks, true, "git", "init", "-q")
	run(hooks, true, "git", "add", "-A")
	run(hooks, true, "git", "commit", "-q", "-m", "winnow")
	rev := strings.TrimSpace(run(hooks, true, "git", "rev-parse", "HEAD"))

	// The corpus repository.
	corpus := filepath.Join(tmp, "corpus")
	os.MkdirAll(corpus, 0o755)
	run(corpus, true, "git", "init", "-q")
	write(t, corpus, ".pre-commit-config.yaml", "repos:\n- repo: "+hooks+"\n  rev: "+rev+"\n  hooks:\n  - id: winnow\n")
	write(t, corpus, "old.txt", article)
	run(corpus, true, "git", "add", "-A")
	run(corpus, true, "git", "commit", "-q", "-m", "corpus")
	run(corpus, true, "pre-commit", "install")

	// A clean article passes.
	write(t, corpus, "fresh.txt", fresh)
	run(corpus, true, "git", "add", "fresh.txt")
	run(corpus, true, "git", "commit", "-q", "-m", "fresh")

	// An article with chaff fails, and the message says why.
	write(t, corpus, "chaff.txt", "ADVERTISEMENT\n"+fresh2+"Share this article\n")
	run(corpus, true, "git", "add", "chaff.txt")
	out := run(corpus, false, "git", "commit", "-q", "-m", "chaff")
	if !strings.Contains(out, "chaff.txt:1: boilerplate (ad): ADVERTISEMENT") {
		t.Errorf("no boilerplate message:\n%s", out)
	}

	// After --fix the same file passes.
	run(corpus, true, buildWinnow(t), "check", "--fix", "chaff.txt")
	run(corpus, true, "git", "add", "chaff.txt")
	run(corpus, true, "git", "commit", "-q", "-m", "chaff fixed")

	// A copy of a committed article fails.
	write(t, corpus, "copy.txt", strings.Replace(article, "on Monday", "on Monday afternoon", 1))
	run(corpus, true, "git", "add", "copy.txt")
	out = run(corpus, false, "git", "commit", "-q", "-m", "copy")
	if !strings.Contains(out, "copy.txt: near-duplicate of old.txt") {
		t.Errorf("no duplicate message:\n%s", out)
	}
}

const article = `The harbour authority said on Monday that the new ferry terminal would open in June, two years later than planned, because construction costs had risen sharply and a contractor had gone bankrupt during the works.
Officials said the terminal would handle three million passengers a year once it is complete, and that ticket prices would not rise to pay for the delay, although the city council has yet to approve the final budget.
`

const fresh = `Police closed the coastal road for several hours after a landslide on Wednesday night, and nobody was hurt, officials said on Thursday morning after engineers had inspected the slope.
The road reopened to traffic in one direction at noon, and a full reopening is expected next week once the rocks have been cleared and the retaining wall repaired.
`

const fresh2 = `The city's largest bakery will close after ninety years, its owners announced on Friday, citing energy prices, rising rents and a shortage of trained staff in the region.
Customers queued around the block on the last Saturday to buy bread, and the mayor said the city would help the forty employees find new work before the summer.
`

func goEnv(t *testing.T, key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

func write(t *testing.T, dir, name, content string) {
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// copySource copies the module's Go sources and the hooks file, without
// test data or version control.
func copySource(t *testing.T, from, to string) {
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "seeds") {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		keep := strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") ||
			rel == "go.mod" || rel == "go.sum" || rel == ".pre-commit-hooks.yaml" ||
			strings.HasPrefix(rel, filepath.Join("clean", "rules"))
		if !keep {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(from, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, to, ".pre-commit-hooks.yaml", string(data))
}
