package warc

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"strings"
	"testing"
)

func deflateBytes(b []byte, wrap bool) string {
	var out bytes.Buffer
	if wrap {
		zw := zlib.NewWriter(&out)
		zw.Write(b)
		zw.Close()
	} else {
		fw, _ := flate.NewWriter(&out, flate.DefaultCompression)
		fw.Write(b)
		fw.Close()
	}
	return out.String()
}

// response reads one response record holding block.
func response(t *testing.T, block string) *Record {
	t.Helper()
	w := new(testWriter).write(testRecord{[]field{
		{"WARC-Type", "response"},
		{"Content-Type", "application/http;msgtype=response"},
	}, block})
	recs := readAll(t, &w.buf)
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	return recs[0]
}

func TestResponsePayload(t *testing.T) {
	html := articleHTML
	gz := string(gzipBytes([]byte(html)))
	long := prose(5000, 1)
	tests := []struct {
		name        string
		block       string
		status      int
		contentType string
		body        string
		doc         bool
	}{
		{"plain", httpResponse("200 OK", []string{"Content-Type: text/html"}, html), 200, "text/html", html, true},
		{"LF header", "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + html, 200, "text/html", html, true},
		{"no reason", "HTTP/1.1 200\r\nContent-Type: text/plain\r\n\r\nhello", 200, "text/plain", "hello", true},
		{"folded header", "HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\n\r\n" + html, 200, "text/html; charset=utf-8", html, true},
		{"chunked", httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, chunk(html, 7)), 200, "text/html", html, true},
		{"chunked LF", httpResponse("200 OK", []string{"Transfer-Encoding: chunked", "Content-Type: text/html"}, "5\nhello\n6\n world\n0\n\n"), 200, "text/html", "hello world", true},
		{"chunked stored decoded", httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, html), 200, "text/html", html, true},
		{"chunked truncated", httpResponse("200 OK", []string{"Content-Type: text/plain", "Transfer-Encoding: chunked"}, "5\r\nhello\r\n10\r\n wor"), 200, "text/plain", "hello wor", true},
		{"gzip", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gz), 200, "text/html", html, true},
		{"x-gzip", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: x-gzip"}, gz), 200, "text/html", html, true},
		{"gzip stored decoded", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, html), 200, "text/html", html, true},
		{"gzip truncated", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, string(gzipBytes([]byte(long)))[:300]), 200, "text/html", "", true},
		{"gzip corrupt", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, "\x1f\x8bgarbage"), 200, "text/html", "\x1f\x8bgarbage", false},
		{"deflate zlib", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: deflate"}, deflateBytes([]byte(html), true)), 200, "text/html", html, true},
		{"deflate raw", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: deflate"}, deflateBytes([]byte(html), false)), 200, "text/html", html, true},
		{"brotli left encoded", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: br"}, "\x8b\x02\x80"), 200, "text/html", "\x8b\x02\x80", false},
		{"not found", httpResponse("404 Not Found", []string{"Content-Type: text/html"}, html), 404, "text/html", html, false},
		{"sniffed html", httpResponse("200 OK", []string{"Server: x"}, html), 200, "", html, true},
		{"sniffed binary", httpResponse("200 OK", nil, "\x89PNG\r\n\x1a\n\x00\x00"), 200, "", "\x89PNG\r\n\x1a\n\x00\x00", false},
		{"image", httpResponse("200 OK", []string{"Content-Type: image/jpeg"}, "\xff\xd8\xff"), 200, "image/jpeg", "\xff\xd8\xff", false},
		{"xhtml", httpResponse("200 OK", []string{"Content-Type: Application/XHTML+XML"}, html), 200, "Application/XHTML+XML", html, true},
		{"headers only", "HTTP/1.1 204 No Content\r\nServer: x\r\n", 204, "", "", false},
		{"bad status", "HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n" + html, 0, "application/http;msgtype=response", "HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n" + html, false},
		{"not HTTP", html, 0, "application/http;msgtype=response", html, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := response(t, tt.block)
			if rec.HTTPStatus != tt.status || rec.ContentType != tt.contentType {
				t.Errorf("status %d content type %q, want %d %q", rec.HTTPStatus, rec.ContentType, tt.status, tt.contentType)
			}
			if tt.name == "gzip truncated" {
				// Only a prefix survives; it must be real text.
				if len(rec.Body) == 0 || !strings.HasPrefix(long, string(rec.Body)) {
					t.Errorf("body %q is not a prefix of the original", rec.Body)
				}
			} else if string(rec.Body) != tt.body {
				t.Errorf("body %q, want %q", rec.Body, tt.body)
			}
			if got := rec.IsDocument(); got != tt.doc {
				t.Errorf("IsDocument = %v, want %v", got, tt.doc)
			}
		})
	}
}

func TestDecodeDropsHeaders(t *testing.T) {
	rec := response(t, httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip", "X-Kept: 1"},
		chunk(string(gzipBytes([]byte("<p>x</p>"))), 5)))
	h := rec.HTTPHeader
	if h.Get("Transfer-Encoding") != "" || h.Get("Content-Encoding") != "" || h.Get("X-Kept") != "1" {
		t.Errorf("headers after decoding: %v", h)
	}
}

func TestDecompressionBomb(t *testing.T) {
	// Repeated gzip members decode as one stream: 65 MiB from a few KiB.
	bomb := bytes.Repeat(gzipBytes(bytes.Repeat([]byte("a"), 1<<20)), MaxRecord>>20+1)
	rec := response(t, httpResponse("200 OK", []string{"Content-Type: text/plain", "Content-Encoding: gzip"}, string(bomb)))
	if len(rec.Body) != MaxRecord {
		t.Errorf("decoded %d bytes, want the first %d", len(rec.Body), MaxRecord)
	}
}

func TestIsDocumentRecordTypes(t *testing.T) {
	tests := []struct {
		typ, ct string
		doc     bool
	}{
		{"resource", "text/plain", true},
		{"Resource", "text/html; charset=windows-1251", true},
		{"conversion", "text/plain", true},
		{"resource", "application/pdf", false},
		{"metadata", "text/plain", false},
		{"warcinfo", "text/plain", false},
		{"request", "text/plain", false},
		{"resource", "", true}, // sniffed: the body is text
	}
	for _, tt := range tests {
		rec := &Record{Type: tt.typ, ContentType: tt.ct, Body: []byte("Plain words of an article.")}
		if got := rec.IsDocument(); got != tt.doc {
			t.Errorf("%s %q: IsDocument = %v, want %v", tt.typ, tt.ct, got, tt.doc)
		}
	}
	if (&Record{Type: "resource", ContentType: "text/plain"}).IsDocument() {
		t.Error("an empty body is a document")
	}
}
