package warc

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// messyCases are the shapes real crawls take beyond the standard.
func messyCases() []struct{ name, data string } {
	gz := string(gzipBytes([]byte("<p>Ливень затопил улицы.</p>")))
	return []struct{ name, data string }{
		{"WARC/1.0 with angle brackets and LF endings",
			strings.Replace((&testWriter{eol: "\n"}).write(testRecord{[]field{{"WARC-Type", "resource"}, {"WARC-Target-URI", "<http://example.com/>"},
				{"WARC-Date", "2008-04-30T20:48:25Z"}, {"Content-Type", "text/plain"}}, "Plain text.\n"}).buf.String(), "WARC/1.1", "WARC/1.0", 1)},
		{"WARC/0.18 fourteen-digit date, WET conversion",
			strings.Replace((&testWriter{}).write(testRecord{[]field{{"WARC-Type", "conversion"}, {"WARC-Target-URI", "https://news.example/ja"},
				{"WARC-Date", "20240301100000"}, {"Content-Type", "text/plain"}}, "港の再開を市が発表した。\n"}).buf.String(), "WARC/1.1", "WARC/0.18", 1)},
		{"HTTP with LF headers, chunked and gzip",
			(&testWriter{}).write(testRecord{[]field{{"WARC-Type", "response"}, {"WARC-Target-URI", "https://news.example/ru"}},
				"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\nContent-Encoding: gzip\n\n" + chunk(gz, 10)}).buf.String()},
		{"DNS response is not HTTP",
			(&testWriter{}).write(testRecord{[]field{{"WARC-Type", "response"}, {"WARC-Target-URI", "dns:news.example"}, {"Content-Type", "text/dns"}},
				"20240301100000\nnews.example.\t300\tIN\tA\t192.0.2.1\n"}).buf.String()},
		{"garbage, then a record",
			"<html>stray page</html>\r\nmore\r\n" + (&testWriter{}).write(testRecord{[]field{{"WARC-Type", "resource"}, {"Content-Type", "text/plain"}}, "kept"}).buf.String()},
		{"missing Content-Length, then a record",
			"WARC/1.1\r\nWARC-Type: resource\r\n\r\nlost block\r\n\r\n" + (&testWriter{}).write(testRecord{[]field{{"WARC-Type", "resource"}, {"Content-Type", "text/plain"}}, "kept"}).buf.String()},
		{"truncated block",
			(&testWriter{}).write(testRecord{[]field{{"WARC-Type", "resource"}, {"Content-Type", "text/plain"}, {"Content-Length", "100"}}, "only twenty bytes..."}).buf.String()},
		{"truncated header",
			"WARC/1.1\r\nWARC-Type: resource\r\nContent-Len"},
	}
}

func dump(w io.Writer, rec *Record) {
	body := string(rec.Body)
	if len(body) > 60 {
		body = body[:60] + "..."
	}
	date := ""
	if !rec.Date.IsZero() {
		date = rec.Date.Format(time.RFC3339)
	}
	fmt.Fprintf(w, "%d %s %s type=%s url=%s date=%s status=%d ct=%q doc=%v\n  body %q\n",
		rec.Offset, rec.Version, rec.ID, rec.Type, rec.URL, date, rec.HTTPStatus, rec.ContentType, rec.IsDocument(), body)
}

// TestMessyGolden shows what a user sees for each messy input: the records
// read and the errors reported. Run with -update to rewrite the golden file.
func TestMessyGolden(t *testing.T) {
	var got strings.Builder
	for _, c := range messyCases() {
		fmt.Fprintf(&got, "== %s\n", c.name)
		rd := NewReader(strings.NewReader(c.data))
		for calls := 0; calls < 10; calls++ {
			rec, err := rd.Next()
			if err == io.EOF {
				fmt.Fprintf(&got, "EOF at %d\n", rd.Offset())
				break
			}
			if err != nil {
				fmt.Fprintf(&got, "error: %v\n", err)
				continue
			}
			dump(&got, rec)
		}
	}
	path := filepath.Join("testdata", "messy.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", path, got.String())
	}
}
