package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
	"testing"
)

// benchWARC is a 20 MB crawl of request and response pairs; every fourth
// response is chunked and gzip-encoded, as servers send them.
var benchWARC = sync.OnceValues(func() ([]byte, []byte) {
	w := new(testWriter)
	for i := 0; w.buf.Len() < 20<<20; i++ {
		url := fmt.Sprintf("https://news.example/story/%d", i)
		page := "<html><head><title>Story</title></head><body><article><p>" + prose(20<<10, uint64(i)) + "</p></article></body></html>"
		headers := []string{"Content-Type: text/html; charset=utf-8", "Server: nginx"}
		if i%4 == 0 {
			headers = append(headers, "Transfer-Encoding: chunked", "Content-Encoding: gzip")
			page = chunk(string(gzipBytes([]byte(page))), 8192)
		}
		w.write(
			testRecord{[]field{{"WARC-Type", "request"}, {"WARC-Target-URI", url}, {"WARC-Date", "2024-03-01T10:00:00Z"},
				{"WARC-Record-ID", fmt.Sprintf("<urn:uuid:%08d-0000-0000-0000-000000000001>", i)}, {"Content-Type", "application/http;msgtype=request"}},
				"GET / HTTP/1.1\r\nHost: news.example\r\nUser-Agent: winnow-bench\r\n\r\n"},
			testRecord{[]field{{"WARC-Type", "response"}, {"WARC-Target-URI", url}, {"WARC-Date", "2024-03-01T10:00:00Z"},
				{"WARC-Record-ID", fmt.Sprintf("<urn:uuid:%08d-0000-0000-0000-000000000002>", i)}, {"Content-Type", "application/http;msgtype=response"},
				{"WARC-Payload-Digest", "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}},
				httpResponse("200 OK", headers, page)},
		)
	}
	return w.buf.Bytes(), gzipMembers(w.buf.Bytes(), w.ends)
})

func benchmarkReader(b *testing.B, open func() io.Reader) {
	plain, _ := benchWARC()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rd := NewReader(open())
		docs := 0
		for {
			rec, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if rec.IsDocument() {
				docs++
			}
		}
		if docs == 0 {
			b.Fatal("no documents")
		}
	}
}

// BenchmarkReader reads the uncompressed crawl; MB/s counts WARC bytes.
func BenchmarkReader(b *testing.B) {
	plain, _ := benchWARC()
	benchmarkReader(b, func() io.Reader { return bytes.NewReader(plain) })
}

// BenchmarkReaderGzip reads the same crawl as a .warc.gz; MB/s counts
// decompressed WARC bytes.
func BenchmarkReaderGzip(b *testing.B) {
	_, gz := benchWARC()
	benchmarkReader(b, func() io.Reader {
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			b.Fatal(err)
		}
		return zr
	})
}
