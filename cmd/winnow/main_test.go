package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

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
		// [root]: permissions do not stop root, so tests of them skip there.
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
			"gzip":   cmdCompress("gzip"),
			"zstd":   cmdCompress("zstd"),
			"mkfile": cmdMkfile,
			"utf8":   cmdUTF8,
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

// cmdMkfile writes an awkward input that a txtar file cannot hold well:
//
//	mkfile KIND NAME [SIZE]
//
// KIND is png, zip, elf, random (binary data), nul (text with NUL bytes),
// mixed (UTF-8, Windows-1252 and invalid bytes in one file), longline (SIZE
// bytes of words with no newline), prose (SIZE bytes of varied paragraphs), deep (HTML nested SIZE levels), script
// (a page that is all script), warc (a small crawl), or truncate (NAME's first half, in place).
func cmdMkfile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: mkfile KIND NAME [SIZE]")
	}
	size := 1 << 20
	if len(args) > 2 {
		n, err := strconv.Atoi(args[2])
		ts.Check(err)
		size = n
	}
	rng := rand.New(rand.NewPCG(uint64(size), 7))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	var data []byte
	switch args[0] {
	case "png":
		data = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random(4096)...)
	case "zip":
		data = append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), random(4096)...)
	case "elf":
		data = append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), random(4096)...)
	case "random":
		data = random(size)
	case "nul":
		data = []byte("The council met on Tuesday\x00 to vote on the budget.\x00\nIt passed.\n")
	case "mixed":
		data = []byte("Caf\xc3\xa9 in UTF-8, caf\xe9 in Windows-1252, a stray \xff\xfe byte pair, and \xe2\x80 a cut sequence.\n")
	case "longline":
		var b bytes.Buffer
		for b.Len() < size {
			b.WriteString("the council voted on the budget again ")
		}
		data = b.Bytes()[:size]
	case "prose":
		var b bytes.Buffer
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "On day %d the council met again and voted on item %d of the budget, which had been delayed by %d weeks.\n\n", i, i*7, i%13)
		}
		data = b.Bytes()
	case "deep":
		var b bytes.Buffer
		b.WriteString("<!DOCTYPE html><html><body>")
		for range size {
			b.WriteString("<div>")
		}
		b.WriteString("<p>The council voted on Tuesday to extend the library's opening hours after months of complaints.</p>")
		data = b.Bytes()
	case "script":
		var b bytes.Buffer
		b.WriteString("<!DOCTYPE html><html><head><script>")
		for b.Len() < size {
			b.WriteString("var x = 'The council voted on Tuesday'; ")
		}
		b.WriteString("</script></head><body><script>render()</script></body></html>")
		data = b.Bytes()
	case "warc":
		data = testWARC()
	case "truncate":
		whole, err := os.ReadFile(ts.MkAbs(args[1]))
		ts.Check(err)
		data = whole[:len(whole)/2]
	default:
		ts.Fatalf("mkfile: unknown kind %q", args[0])
	}
	ts.Check(os.MkdirAll(filepath.Dir(ts.MkAbs(args[1])), 0o755))
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

// testWARC is a small crawl: its warcinfo, a request, two news pages (one a
// copy of the other), a plain-text resource, an image and a 404.
func testWARC() []byte {
	var b bytes.Buffer
	record := func(typ, uri, contentType string, block string) {
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n", typ, b.Len())
		fmt.Fprintf(&b, "WARC-Date: 2016-12-08T10:00:00Z\r\n")
		if uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	}
	page := func(title, body string) string {
		html := "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav>Home | World | Sport</nav><article><h1>" + title + "</h1>" + body + "</article><footer>Subscribe to our newsletter</footer></body></html>"
		return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(html)) + "\r\n\r\n" + html
	}
	story := "<p>Kerry and Lavrov met in Hamburg on Wednesday to discuss a possible ceasefire in Aleppo, as Syrian government forces pressed their offensive against rebel-held districts of the city.</p><p>The two diplomats spoke for about an hour on the sidelines of a security conference, and agreed to talk again in the morning, officials from both delegations said on Thursday.</p><p>Russia said earlier that it was ready to start talks with the United States on a withdrawal of rebels from eastern Aleppo, while Western governments called for an immediate humanitarian pause.</p>"
	record("warcinfo", "", "application/warc-fields", "software: test\r\n")
	record("request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")
	record("response", "https://news.example/a", "application/http; msgtype=response", page("Kerry meets Lavrov", story))
	record("response", "https://other.example/b", "application/http; msgtype=response", page("Kerry and Lavrov talk", strings.Replace(story, "Wednesday", "Wednesday evening", 1)))
	record("resource", "https://news.example/c.txt", "text/plain", "The central bank left interest rates unchanged on Thursday, saying inflation remained close to its target while growth had been weaker than expected.\n")
	record("response", "https://news.example/logo.png", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n")
	record("response", "https://news.example/gone", "application/http; msgtype=response", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Not found</p>")
	return b.Bytes()
}

// cmdUTF8 checks that files hold valid UTF-8: utf8 FILE...
func cmdUTF8(ts *testscript.TestScript, neg bool, args []string) {
	for _, name := range args {
		data := ts.ReadFile(name)
		if utf8.ValidString(data) == neg {
			ts.Fatalf("%s: valid UTF-8 is %v", name, !neg)
		}
	}
}
