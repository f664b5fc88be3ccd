package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/winnow-text/winnow/internal/cli"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"winnow": func() { os.Exit(cli.Main()) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script. $SEEDS is
// the repository's seed articles.
func TestScripts(t *testing.T) {
	seeds, err := filepath.Abs("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEEDS", seeds)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
			"gzip":   cmdCompress("gzip"),
			"zstd":   cmdCompress("zstd"),
		},
	})
}

// cmdStatus runs a program and checks its exact exit status:
//
//	status 2 winnow normalize missing.txt
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status CODE PROGRAM [ARG...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdCompress compresses files the way gzip(1) and zstd(1) do, replacing
// FILE with FILE.gz or FILE.zst:
//
//	gzip a.txt
//	zstd a.txt
func cmdCompress(kind string) func(ts *testscript.TestScript, neg bool, args []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		for _, name := range args {
			data, err := os.ReadFile(ts.MkAbs(name))
			ts.Check(err)
			var buf bytes.Buffer
			var zw io.WriteCloser = gzip.NewWriter(&buf)
			ext := ".gz"
			if kind == "zstd" {
				zw, err = zstd.NewWriter(&buf)
				ts.Check(err)
				ext = ".zst"
			}
			zw.Write(data)
			ts.Check(zw.Close())
			ts.Check(os.WriteFile(ts.MkAbs(name+ext), buf.Bytes(), 0o644))
			ts.Check(os.Remove(ts.MkAbs(name)))
		}
	}
}
