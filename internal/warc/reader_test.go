package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

type wantRecord struct {
	typ, url, id string
	date         time.Time
	status       int
	contentType  string
	body         string
	doc          bool
}

func fixtureWant() []wantRecord {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339Nano, s); return t }
	return []wantRecord{
		{"warcinfo", "", "<urn:uuid:00000000-0000-0000-0000-000000000001>", at("2024-03-01T10:00:00Z"), 0,
			"application/warc-fields", "software: winnow-test\r\nformat: WARC File Format 1.1\r\n", false},
		{"request", "https://news.example/harbour", "<urn:uuid:00000000-0000-0000-0000-000000000002>", at("2024-03-01T10:00:01Z"), 0,
			"application/http;msgtype=request", "GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n", false},
		{"response", "https://news.example/harbour", "<urn:uuid:00000000-0000-0000-0000-000000000003>", at("2024-03-01T10:00:01.123456Z"), 200,
			"text/html; charset=utf-8", articleHTML, true},
		{"response", "https://news.example/harbour?amp=1", "<urn:uuid:00000000-0000-0000-0000-000000000004>", at("2024-03-01T10:00:02Z"), 200,
			"text/html", articleHTML, true},
		{"resource", "file:///archive/budget.txt", "<urn:uuid:00000000-0000-0000-0000-000000000005>", at("2024-03-01T10:00:03Z"), 0,
			"text/plain; charset=utf-8", articleText, true},
		{"metadata", "https://news.example/harbour", "<urn:uuid:00000000-0000-0000-0000-000000000006>", at("2024-03-01T10:00:04Z"), 0,
			"application/warc-fields", "via: https://news.example/\r\nfetchTimeMs: 42\r\n", false},
		{"revisit", "https://news.example/harbour", "<urn:uuid:00000000-0000-0000-0000-000000000007>", at("2024-03-02T10:00:00Z"), 200,
			"text/html", "", false},
		{"response", "http://news.example/old", "<urn:uuid:00000000-0000-0000-0000-000000000008>", at("2024-03-02T10:00:01Z"), 301,
			"text/html", "<html><body>Moved</body></html>", false},
	}
}

// readAll reads every record, failing the test on any error.
func readAll(t *testing.T, r io.Reader) []*Record {
	t.Helper()
	rd := NewReader(r)
	var recs []*Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return recs
		}
		if err != nil {
			t.Fatalf("record %d: %v", len(recs), err)
		}
		recs = append(recs, rec)
	}
}

func TestReaderFixture(t *testing.T) {
	plain := fixture()
	lf := (&testWriter{eol: "\n"}).write(fixtureRecords()...)
	bare := (&testWriter{noTrailer: true}).write(fixtureRecords()...)
	tests := []struct {
		name string
		data []byte
	}{
		{"crlf", plain.buf.Bytes()},
		{"lf", lf.buf.Bytes()},
		{"no trailer", bare.buf.Bytes()},
		{"extra blank lines", []byte("\r\n\n" + strings.ReplaceAll(plain.buf.String(), "\r\n\r\nWARC/1.1", "\r\n\r\n\r\n\nWARC/1.1"))},
		{"gzip members", gzipMembers(plain.buf.Bytes(), plain.ends)},
	}
	want := fixtureWant()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r io.Reader = bytes.NewReader(tt.data)
			if tt.name == "gzip members" {
				zr, err := gzip.NewReader(r)
				if err != nil {
					t.Fatal(err)
				}
				r = zr
			}
			recs := readAll(t, r)
			if len(recs) != len(want) {
				t.Fatalf("got %d records, want %d", len(recs), len(want))
			}
			for i, w := range want {
				checkRecord(t, i, recs[i], w)
			}
		})
	}
}

func checkRecord(t *testing.T, i int, rec *Record, w wantRecord) {
	t.Helper()
	if rec.Type != w.typ || rec.URL != w.url || rec.ID != w.id || !rec.Date.Equal(w.date) {
		t.Errorf("record %d: got %q %q %q %v, want %q %q %q %v", i, rec.Type, rec.URL, rec.ID, rec.Date, w.typ, w.url, w.id, w.date)
	}
	if rec.HTTPStatus != w.status || rec.ContentType != w.contentType {
		t.Errorf("record %d (%s): status %d content type %q, want %d %q", i, w.typ, rec.HTTPStatus, rec.ContentType, w.status, w.contentType)
	}
	if string(rec.Body) != w.body {
		t.Errorf("record %d (%s): body\n%q\nwant\n%q", i, w.typ, rec.Body, w.body)
	}
	if got := rec.IsDocument(); got != w.doc {
		t.Errorf("record %d (%s): IsDocument = %v, want %v", i, w.typ, got, w.doc)
	}
	if rec.Version != "WARC/1.1" {
		t.Errorf("record %d: version %q", i, rec.Version)
	}
}

func TestReaderOffset(t *testing.T) {
	w := fixture()
	rd := NewReader(bytes.NewReader(w.buf.Bytes()))
	start := int64(0)
	for i, end := range w.ends {
		rec, err := rd.Next()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if rec.Offset != start || rd.Offset() != int64(end) {
			t.Errorf("record %d: starts at %d, reader at %d; want %d, %d", i, rec.Offset, rd.Offset(), start, end)
		}
		start = int64(end)
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Fatalf("after last record: %v, want io.EOF", err)
	}
}

// TestReaderTruncated cuts the fixture at every byte: the reader returns
// the records that are complete, then either io.EOF (a cut between records)
// or one error wrapping io.ErrUnexpectedEOF, then io.EOF.
func TestReaderTruncated(t *testing.T) {
	w := fixture()
	data := w.buf.Bytes()
	want := fixtureWant()
	for cut := range len(data) {
		complete, clean := 0, cut == 0
		for i := range w.ends {
			if w.blockEnds[i] <= cut {
				complete = i + 1
			}
			if w.blockEnds[i] <= cut && cut <= w.ends[i] {
				clean = true
			}
		}
		rd := NewReader(bytes.NewReader(data[:cut]))
		var got []*Record
		var errs []error
		for calls := 0; ; calls++ {
			if calls > len(want)+2 {
				t.Fatalf("cut %d: reader does not stop", cut)
			}
			rec, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			got = append(got, rec)
		}
		if len(got) != complete {
			t.Fatalf("cut %d: %d records, want %d (errors %v)", cut, len(got), complete, errs)
		}
		for i, rec := range got {
			checkRecord(t, i, rec, want[i])
		}
		switch {
		case clean && len(errs) > 0:
			t.Errorf("cut %d between records: errors %v", cut, errs)
		case !clean && (len(errs) != 1 || !errors.Is(errs[0], io.ErrUnexpectedEOF)):
			t.Errorf("cut %d inside a record: errors %v, want one unexpected EOF", cut, errs)
		case !clean:
			var e *Error
			if !errors.As(errs[0], &e) || e.Offset != recordStart(w, complete) {
				t.Errorf("cut %d: error %v, want offset %d", cut, errs[0], recordStart(w, complete))
			}
		}
	}
}

func recordStart(w *testWriter, i int) int64 {
	if i == 0 {
		return 0
	}
	return int64(w.ends[i-1])
}

// TestReaderMalformed checks that a bad record is reported with its offset
// and that reading goes on with the next record.
func TestReaderMalformed(t *testing.T) {
	good := new(testWriter).write(fixtureRecords()[4]).buf.String()
	tests := []struct {
		name, data string
		msg        string // in the error
		offset     int64
	}{
		{"garbage before", "junk line\r\n" + good, "expected a WARC/1.x version line", 0},
		{"no Content-Length", "WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc\r\nline\r\n\r\n" + good, "no Content-Length", 0},
		{"bad Content-Length", "WARC/1.1\r\nContent-Length: 12x\r\n\r\n0123456789ab\r\n\r\n" + good, `bad Content-Length "12x"`, 0},
		{"negative Content-Length", "\r\nWARC/1.1\r\nContent-Length: -5\r\n\r\nab\r\n\r\n" + good, "bad Content-Length", 2},
		{"after a good record", good + "HTTP/1.1 200 OK\r\n\r\n" + good, "found \"HTTP/1.1 200 OK\"", int64(len(good))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := NewReader(strings.NewReader(tt.data))
			var recs []*Record
			var errs []error
			for calls := 0; calls < 10; calls++ {
				rec, err := rd.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					errs = append(errs, err)
					continue
				}
				recs = append(recs, rec)
			}
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			var e *Error
			if !errors.As(errs[0], &e) || !errors.Is(errs[0], ErrMalformed) || e.Offset != tt.offset || !strings.Contains(e.Error(), tt.msg) {
				t.Errorf("error %q, want ErrMalformed at offset %d saying %q", errs[0], tt.offset, tt.msg)
			}
			if len(recs) == 0 || string(recs[len(recs)-1].Body) != articleText {
				t.Errorf("did not resume with the next record: %d records", len(recs))
			}
		})
	}
}

// zeros is an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestReaderTooLarge(t *testing.T) {
	good := new(testWriter).write(fixtureRecords()[4]).buf.String()
	head := "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 67108865\r\n\r\n"
	r := io.MultiReader(strings.NewReader(head), io.LimitReader(zeros{}, MaxRecord+1), strings.NewReader("\r\n\r\n"+good))
	rd := NewReader(r)
	_, err := rd.Next()
	var e *Error
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &e) || e.Offset != 0 {
		t.Fatalf("got %v, want ErrTooLarge at offset 0", err)
	}
	rec, err := rd.Next()
	if err != nil || string(rec.Body) != articleText {
		t.Fatalf("next record: %v", err)
	}
	if want := int64(len(head) + MaxRecord + 1 + 4); rec.Offset != want {
		t.Errorf("next record at %d, want %d", rec.Offset, want)
	}

	// A too-large block cut short ends the stream.
	rd = NewReader(io.MultiReader(strings.NewReader(head), io.LimitReader(zeros{}, 1000)))
	if _, err := rd.Next(); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("truncated large block: %v", err)
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Fatalf("after truncation: %v, want io.EOF", err)
	}
}

// failing returns data, then a read error that is not EOF.
type failing struct{ r io.Reader }

func (f failing) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestReaderReadError(t *testing.T) {
	w := fixture()
	rd := NewReader(failing{bytes.NewReader(w.buf.Bytes()[:w.ends[1]+10])})
	for i := range 2 {
		if _, err := rd.Next(); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
	_, err := rd.Next()
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(err.Error(), "disk on fire") || e.Offset != int64(w.ends[1]) {
		t.Fatalf("got %v, want the read error at offset %d", err, w.ends[1])
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Fatalf("after read error: %v, want io.EOF", err)
	}
}

func TestReaderHeaderFields(t *testing.T) {
	data := "WARC/1.0\n" +
		"warc-type: resource\n" +
		"WARC-Target-URI: <http://example.com/a\n" +
		"  b>\n" +
		"WARC-Concurrent-To: <urn:a>\n" +
		"WARC-Concurrent-To: <urn:b>\n" +
		"not a field\n" +
		"WARC-Date: 2024-03-01\n" +
		"Content-Length: 2\n" +
		"\n" +
		"hi"
	recs := readAll(t, strings.NewReader(data))
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	rec := recs[0]
	checks := []struct{ got, want string }{
		{rec.Version, "WARC/1.0"},
		{rec.Type, "resource"},
		{rec.Get("WARC-TYPE"), "resource"},
		{rec.URL, "http://example.com/a b"},
		{rec.Get("warc-concurrent-to"), "<urn:a>, <urn:b>"},
		{rec.Date.Format(time.DateOnly), "2024-03-01"},
		{string(rec.Body), "hi"},
		{rec.Get("missing"), ""},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"},
		{"2024-03-01T10:00:00.5Z", "2024-03-01T10:00:00.5Z"},
		{"2024-03-01T10:00Z", "2024-03-01T10:00:00Z"},
		{"2024-03-01T12:00:00+02:00", "2024-03-01T10:00:00Z"},
		{"2024", "2024-01-01T00:00:00Z"},
		{"20240301100000", "2024-03-01T10:00:00Z"},
		{" 2024-03-01T10:00:00Z ", "2024-03-01T10:00:00Z"},
		{"yesterday", "0001-01-01T00:00:00Z"},
		{"", "0001-01-01T00:00:00Z"},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in).UTC().Format(time.RFC3339Nano); got != tt.want {
			t.Errorf("parseDate(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
