package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"net/http"
	"net/textproto"
	"strings"
)

// setPayload fills Body, ContentType and the HTTP fields from the block.
// Anything that does not parse as an HTTP response stays the raw block
// described by the WARC Content-Type.
func (r *Reader) setPayload(rec *Record, block []byte) {
	rec.Body = block
	rec.ContentType = rec.Get("Content-Type")
	switch strings.ToLower(rec.Type) {
	case "response", "revisit":
	default:
		return
	}
	status, hdr, body, ok := parseHTTP(block)
	if !ok {
		return
	}
	rec.HTTPStatus, rec.HTTPHeader = status, hdr
	rec.ContentType = hdr.Get("Content-Type")
	rec.Body = r.decode(hdr, body)
}

// parseHTTP splits an HTTP response into status, headers and body. It is
// lenient where crawls are messy: LF line endings, folded header lines,
// lines without a colon and a header with no closing blank line are all
// accepted. The HTTP Content-Length is ignored: the WARC one bounds the block.
func parseHTTP(block []byte) (status int, hdr http.Header, body []byte, ok bool) {
	if len(block) < 5 || !strings.EqualFold(string(block[:5]), "HTTP/") {
		return 0, nil, nil, false
	}
	line, rest, _ := cutLine(block)
	_, code, _ := bytes.Cut(line, []byte(" "))
	code = bytes.TrimLeft(code, " ")
	if len(code) < 3 || (len(code) > 3 && code[3] != ' ') {
		return 0, nil, nil, false
	}
	for _, c := range code[:3] {
		if c < '0' || c > '9' {
			return 0, nil, nil, false
		}
		status = status*10 + int(c-'0')
	}
	if status < 100 {
		return 0, nil, nil, false
	}
	hdr = make(http.Header, 16)
	var last string
	for len(rest) > 0 {
		line, rest, _ = cutLine(rest)
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if vs := hdr[last]; len(vs) > 0 {
				vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		name, value, found := bytes.Cut(line, []byte(":"))
		name = bytes.TrimSpace(name)
		if !found || len(name) == 0 {
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(string(name))
		hdr[last] = append(hdr[last], string(bytes.TrimSpace(value)))
	}
	return status, hdr, rest, true
}

// cutLine splits b after its first line, dropping the CRLF or LF ending.
func cutLine(b []byte) (line, rest []byte, found bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, false
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:], true
}

// decode undoes the transfer and content encodings it knows, removing their
// headers so that hdr describes the result. Crawlers differ in whether they
// store bodies as sent or already decoded, so each step first checks that
// the body really is encoded.
func (r *Reader) decode(hdr http.Header, body []byte) []byte {
	if te := hdr.Get("Transfer-Encoding"); te != "" {
		if hasToken(te, "chunked") {
			body = dechunk(body)
		}
		hdr.Del("Transfer-Encoding")
	}
	var out []byte
	var err error
	switch strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))) {
	case "", "identity":
		hdr.Del("Content-Encoding")
		return body
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			hdr.Del("Content-Encoding")
			return body
		}
		if r.gz == nil {
			r.gz = new(gzip.Reader)
		}
		if err = r.gz.Reset(bytes.NewReader(body)); err == nil {
			out, err = readAtMost(r.gz, len(body))
		}
	case "deflate":
		// The standard says zlib; many servers send raw deflate.
		var zr io.ReadCloser
		if zr, err = zlib.NewReader(bytes.NewReader(body)); err != nil {
			zr = flate.NewReader(bytes.NewReader(body))
		}
		out, err = readAtMost(zr, len(body))
	default:
		return body // br, zstd, compress: left encoded, and the header says so
	}
	if err != nil && len(out) == 0 {
		return body // undecodable: keep the header so the body is not taken for text
	}
	// A truncated stream (WARC-Truncated records) still yields its prefix.
	hdr.Del("Content-Encoding")
	return out
}

// readAtMost reads up to MaxRecord bytes, guarding against decompression
// bombs; hint is the compressed size.
func readAtMost(rd io.Reader, hint int) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(4*hint+512, MaxRecord)))
	_, err := buf.ReadFrom(io.LimitReader(rd, MaxRecord))
	return buf.Bytes(), err
}

// dechunk decodes a chunked body in place. A body that does not start with a
// chunk-size line was stored already decoded and is returned as is; a
// truncated or damaged one yields the chunks before the damage.
func dechunk(b []byte) []byte {
	out := b[:0] // decoded data never overtakes the chunk being read
	p := b
	for first := true; ; first = false {
		line, rest, found := cutLine(p)
		size, ok := chunkSize(line)
		if !ok || !found {
			if first {
				return b
			}
			return out
		}
		if size == 0 {
			return out
		}
		if size > int64(len(rest)) {
			return append(out, rest...)
		}
		out = append(out, rest[:size]...)
		p = rest[size:]
		if bytes.HasPrefix(p, []byte("\r\n")) {
			p = p[2:]
		} else if bytes.HasPrefix(p, []byte("\n")) {
			p = p[1:]
		}
	}
}

// chunkSize parses a chunk-size line: hex digits, then optional
// whitespace and ";extensions".
func chunkSize(line []byte) (int64, bool) {
	if i := bytes.IndexByte(line, ';'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 || len(line) > 15 {
		return 0, false
	}
	var n int64
	for _, c := range line {
		switch {
		case '0' <= c && c <= '9':
			n = n<<4 | int64(c-'0')
		case 'a' <= c && c <= 'f':
			n = n<<4 | int64(c-'a'+10)
		case 'A' <= c && c <= 'F':
			n = n<<4 | int64(c-'A'+10)
		default:
			return 0, false
		}
	}
	return n, true
}

// hasToken reports whether a comma-separated header value lists token.
func hasToken(v, token string) bool {
	for f := range strings.SplitSeq(v, ",") {
		if strings.EqualFold(strings.TrimSpace(f), token) {
			return true
		}
	}
	return false
}
