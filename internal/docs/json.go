package docs

import (
	"encoding/binary"
	"unicode/utf8"
)

// JSON lines are validated and split in one pass by scanner, and text is
// quoted by appendQuoted: encoding/json does both in separate passes a byte
// at a time, which made it the largest cost of reading and writing JSONL.
// Both skip eight plain bytes at a time.

const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
	// maxDepth is encoding/json's nesting limit, so both accept the same lines.
	maxDepth = 10000
)

// hasByte reports whether any byte of x equals c.
func hasByte(x uint64, c byte) bool {
	return (x^(lows*uint64(c))-lows)&^(x^(lows*uint64(c)))&highs != 0
}

// plainString reports whether none of x's bytes ends, escapes or breaks a
// JSON string: no quote, backslash or control character.
func plainString(x uint64) bool {
	return (x-lows*0x20)&^x&highs == 0 && !hasByte(x, '"') && !hasByte(x, '\\')
}

// scanner walks one JSON value and checks it as it goes; ok turns false at
// the first byte encoding/json would refuse.
type scanner struct {
	b  []byte
	i  int
	ok bool
}

func (s *scanner) fail() { s.ok = false }

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) consume(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str checks a string at s.i, quotes included.
func (s *scanner) str() {
	if !s.consume('"') {
		s.fail()
		return
	}
	b := s.b
	for s.ok {
		for s.i+8 <= len(b) && plainString(binary.LittleEndian.Uint64(b[s.i:])) {
			s.i += 8
		}
		if s.i >= len(b) {
			s.fail()
			return
		}
		switch c := b[s.i]; {
		case c == '"':
			s.i++
			return
		case c < 0x20:
			s.fail()
		case c == '\\':
			s.escape()
		default:
			s.i++
		}
	}
}

func (s *scanner) escape() {
	s.i++ // the backslash
	if s.i >= len(s.b) {
		s.fail()
		return
	}
	switch s.b[s.i] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		s.i++
	case 'u':
		if s.i+5 > len(s.b) {
			s.fail()
			return
		}
		for _, h := range s.b[s.i+1 : s.i+5] {
			if !isHex(h) {
				s.fail()
				return
			}
		}
		s.i += 5
	default:
		s.fail()
	}
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func (s *scanner) digits() int {
	start := s.i
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i - start
}

func (s *scanner) number() {
	s.consume('-')
	switch {
	case s.consume('0'):
	case s.digits() == 0:
		s.fail()
		return
	}
	if s.consume('.') && s.digits() == 0 {
		s.fail()
		return
	}
	if s.consume('e') || s.consume('E') {
		if !s.consume('+') {
			s.consume('-')
		}
		if s.digits() == 0 {
			s.fail()
		}
	}
}

func (s *scanner) literal(word string) {
	if len(s.b)-s.i < len(word) || string(s.b[s.i:s.i+len(word)]) != word {
		s.fail()
		return
	}
	s.i += len(word)
}

// value checks one value at s.i, nested depth containers deep.
func (s *scanner) value(depth int) {
	if s.i >= len(s.b) {
		s.fail()
		return
	}
	switch c := s.b[s.i]; {
	case c == '"':
		s.str()
	case c == '{':
		s.object(depth+1, nil)
	case c == '[':
		s.array(depth + 1)
	case c == '-' || '0' <= c && c <= '9':
		s.number()
	case c == 't':
		s.literal("true")
	case c == 'f':
		s.literal("false")
	case c == 'n':
		s.literal("null")
	default:
		s.fail()
	}
}

// object checks an object at s.i; member, when not nil, is given each
// member's raw key and value.
func (s *scanner) object(depth int, member func(rawKey, value []byte)) {
	if depth > maxDepth {
		s.fail()
		return
	}
	s.i++ // {
	s.space()
	if s.consume('}') {
		return
	}
	for s.ok {
		s.space()
		kstart := s.i
		s.str()
		kend := s.i
		s.space()
		if !s.consume(':') {
			s.fail()
			return
		}
		s.space()
		vstart := s.i
		s.value(depth)
		if !s.ok {
			return
		}
		if member != nil {
			member(s.b[kstart:kend], s.b[vstart:s.i])
		}
		s.space()
		if s.consume('}') {
			return
		}
		if !s.consume(',') {
			s.fail()
		}
	}
}

func (s *scanner) array(depth int) {
	if depth > maxDepth {
		s.fail()
		return
	}
	s.i++ // [
	s.space()
	if s.consume(']') {
		return
	}
	for s.ok {
		s.space()
		s.value(depth)
		s.space()
		if s.consume(']') {
			return
		}
		if !s.consume(',') {
			s.fail()
		}
	}
}

// validJSON reports what json.Valid reports, faster.
func validJSON(b []byte) bool {
	s := scanner{b: b, ok: true}
	s.space()
	s.value(0)
	s.space()
	return s.ok && s.i == len(b)
}

const hexDigits = "0123456789abcdef"

// appendQuoted appends text as a JSON string exactly as encoding/json
// encodes string(ToValidUTF8(text, "\uFFFD")) without HTML escaping: runs of
// invalid bytes become one U+FFFD, so the output is valid UTF-8.
func appendQuoted(dst, text []byte) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(text); {
		for i+8 <= len(text) {
			x := binary.LittleEndian.Uint64(text[i:])
			if x&highs != 0 || !plainString(x) {
				break
			}
			i += 8
		}
		if i >= len(text) {
			break
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(text[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				dst = append(dst, text[start:i]...)
				dst = append(dst, "\uFFFD"...)
				for i < len(text) && isInvalidAt(text, i) {
					i++
				}
				start = i
			case r == '\u2028' || r == '\u2029':
				dst = append(dst, text[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
				i += size
				start = i
			default:
				i += size
			}
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		dst = append(dst, text[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\b':
			dst = append(dst, '\\', 'b')
		case '\f':
			dst = append(dst, '\\', 'f')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
	dst = append(dst, text[start:]...)
	return append(dst, '"')
}

// isInvalidAt reports whether text[i:] starts with an invalid UTF-8 byte.
func isInvalidAt(text []byte, i int) bool {
	r, size := utf8.DecodeRune(text[i:])
	return r == utf8.RuneError && size == 1
}
