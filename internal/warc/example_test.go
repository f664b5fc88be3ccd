package warc_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/winnow-text/winnow/internal/warc"
)

func ExampleReader() {
	const crawl = "WARC/1.1\r\n" +
		"WARC-Type: response\r\n" +
		"WARC-Target-URI: https://news.example/harbour\r\n" +
		"WARC-Date: 2024-03-01T10:00:00Z\r\n" +
		"Content-Type: application/http;msgtype=response\r\n" +
		"Content-Length: 95\r\n" +
		"\r\n" +
		"HTTP/1.1 200 OK\r\n" +
		"Content-Type: text/html\r\n" +
		"\r\n" +
		"<html><p>The harbour reopened on Monday.</p></html>\r\n\r\n"

	rd := warc.NewReader(strings.NewReader(crawl))
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		if rec.IsDocument() {
			fmt.Println(rec.URL, rec.Date.Format("2006-01-02"), rec.HTTPStatus)
			fmt.Printf("%s\n", rec.Body)
		}
	}
	// Output:
	// https://news.example/harbour 2024-03-01 200
	// <html><p>The harbour reopened on Monday.</p></html>
}
