package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"strings"
)

// field is one WARC named field, in the order written.
type field struct{ name, value string }

// testRecord is a record for the test writer; Content-Length is added from
// the block unless a field sets it.
type testRecord struct {
	fields []field
	block  string
}

// testWriter builds WARC files with a chosen line ending and trailer, and
// remembers where each block and each record ends.
type testWriter struct {
	buf       bytes.Buffer
	eol       string // "\r\n" unless set
	noTrailer bool   // omit the CRLFCRLF after each block
	blockEnds []int
	ends      []int
}

func (w *testWriter) write(recs ...testRecord) *testWriter {
	eol := w.eol
	if eol == "" {
		eol = "\r\n"
	}
	for _, rec := range recs {
		w.buf.WriteString("WARC/1.1" + eol)
		hasLength := false
		for _, f := range rec.fields {
			fmt.Fprintf(&w.buf, "%s: %s%s", f.name, f.value, eol)
			hasLength = hasLength || strings.EqualFold(f.name, "Content-Length")
		}
		if !hasLength {
			fmt.Fprintf(&w.buf, "Content-Length: %d%s", len(rec.block), eol)
		}
		w.buf.WriteString(eol)
		w.buf.WriteString(rec.block)
		w.blockEnds = append(w.blockEnds, w.buf.Len())
		if !w.noTrailer {
			w.buf.WriteString(eol + eol)
		}
		w.ends = append(w.ends, w.buf.Len())
	}
	return w
}

// gzipMembers compresses each record of a plain WARC as its own gzip member,
// the way .warc.gz files are written.
func gzipMembers(warc []byte, ends []int) []byte {
	var out bytes.Buffer
	start := 0
	for _, end := range ends {
		zw := gzip.NewWriter(&out)
		zw.Write(warc[start:end])
		zw.Close()
		start = end
	}
	return out.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// chunk encodes s with chunked transfer encoding in pieces of n bytes.
func chunk(s string, n int) string {
	var b strings.Builder
	for len(s) > 0 {
		k := min(n, len(s))
		fmt.Fprintf(&b, "%x;ext=1\r\n%s\r\n", k, s[:k])
		s = s[k:]
	}
	b.WriteString("0\r\nX-Trailer: yes\r\n\r\n")
	return b.String()
}

func httpResponse(status string, headers []string, body string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	return b.String() + "\r\n" + body
}

const (
	articleHTML = "<!doctype html><html><head><title>Harbour reopens</title></head>" +
		"<body><article><h1>Harbour reopens after storm</h1><p>The harbour reopened on Monday.</p></article></body></html>"
	articleText = "Council approves budget\n\nThe city council approved the 2024 budget on Tuesday.\n"
)

// fixture is a small crawl: every record type, an HTML response, a chunked
// and gzip-encoded response, a plain-text resource and a redirect.
func fixture() *testWriter { return new(testWriter).write(fixtureRecords()...) }

func fixtureRecords() []testRecord {
	gz := string(gzipBytes([]byte(articleHTML)))
	return []testRecord{
		testRecord{[]field{
			{"WARC-Type", "warcinfo"},
			{"WARC-Date", "2024-03-01T10:00:00Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000001>"},
			{"WARC-Filename", "crawl.warc.gz"},
			{"Content-Type", "application/warc-fields"},
		}, "software: winnow-test\r\nformat: WARC File Format 1.1\r\n"},
		testRecord{[]field{
			{"WARC-Type", "request"},
			{"WARC-Target-URI", "https://news.example/harbour"},
			{"WARC-Date", "2024-03-01T10:00:01Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000002>"},
			{"Content-Type", "application/http;msgtype=request"},
		}, "GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n"},
		testRecord{[]field{
			{"WARC-Type", "response"},
			{"WARC-Target-URI", "https://news.example/harbour"},
			{"WARC-Date", "2024-03-01T10:00:01.123456Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000003>"},
			{"WARC-Concurrent-To", "<urn:uuid:00000000-0000-0000-0000-000000000002>"},
			{"Content-Type", "application/http;msgtype=response"},
		}, httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8", "Content-Length: 9999"}, articleHTML)},
		testRecord{[]field{
			{"WARC-Type", "response"},
			{"WARC-Target-URI", "https://news.example/harbour?amp=1"},
			{"WARC-Date", "2024-03-01T10:00:02Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000004>"},
			{"Content-Type", "application/http; msgtype=response"},
		}, httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"}, chunk(gz, 17))},
		testRecord{[]field{
			{"WARC-Type", "resource"},
			{"WARC-Target-URI", "<file:///archive/budget.txt>"},
			{"WARC-Date", "2024-03-01T10:00:03Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000005>"},
			{"Content-Type", "text/plain; charset=utf-8"},
		}, articleText},
		testRecord{[]field{
			{"WARC-Type", "metadata"},
			{"WARC-Target-URI", "https://news.example/harbour"},
			{"WARC-Date", "2024-03-01T10:00:04Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000006>"},
			{"Content-Type", "application/warc-fields"},
		}, "via: https://news.example/\r\nfetchTimeMs: 42\r\n"},
		testRecord{[]field{
			{"WARC-Type", "revisit"},
			{"WARC-Target-URI", "https://news.example/harbour"},
			{"WARC-Date", "2024-03-02T10:00:00Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000007>"},
			{"WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"},
			{"Content-Type", "application/http;msgtype=response"},
		}, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"},
		testRecord{[]field{
			{"WARC-Type", "response"},
			{"WARC-Target-URI", "http://news.example/old"},
			{"WARC-Date", "2024-03-02T10:00:01Z"},
			{"WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000008>"},
			{"Content-Type", "application/http;msgtype=response"},
		}, httpResponse("301 Moved Permanently", []string{"Location: https://news.example/harbour", "Content-Type: text/html"}, "<html><body>Moved</body></html>")},
	}
}

var proseWords = strings.Fields(`the harbour council reopened after storm on monday residents said
budget approved minister announced new rail line will connect towns by spring police report
fishermen returned market prices rose school closed weather warning issued mayor told reporters`)

// prose returns about n bytes of deterministic, poorly compressible text.
func prose(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(proseWords[rng.IntN(len(proseWords))])
		if rng.IntN(12) == 0 {
			fmt.Fprintf(&b, " %d.\n", rng.IntN(100000))
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
