package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// mjPage is a single-byte code page through which UTF-8 text may have been
// misread. Bytes the page leaves undefined decode to the C1 control of the
// same value ("sloppy" decoding), and every C1 control encodes back to its
// own byte, so Latin-1 and Windows-1252 readings, and mixtures of them, are
// one page.
type mjPage struct {
	name  string
	dec   [256]rune
	enc   map[rune]byte
	prior float32 // added to every unit's score: how often this misreading happens
	// latin marks the Windows-1252 family.
	latin bool
	index int // position in mjPages
	// strong lists the leads that hardly ever precede a continuation
	// character in real text (Ã, Â in Windows-1252; √ in Mac Roman).
	strong string
}

func (p *mjPage) strongLead(r rune) bool {
	for _, s := range p.strong {
		if s == r {
			return true
		}
	}
	return false
}

// mjPages lists the misreadings winnow repairs, most common first; ties go
// to the earlier page.
var mjPages = []*mjPage{
	mjNewPage("windows-1252", charmap.Windows1252, 0, true, "ÃÂÎÐ"),
	mjNewPage("windows-1250", charmap.Windows1250, -0.25, false, "Â"),
	mjNewPage("windows-1251", charmap.Windows1251, -0.25, false, ""),
	mjNewPage("iso-8859-2", charmap.ISO8859_2, -0.35, false, "Â"),
	mjNewPage("macintosh", charmap.Macintosh, -0.75, false, "√ƒ≈‚"),
	mjNewPage("windows-1253", charmap.Windows1253, -0.5, false, ""),
	mjNewPage("windows-1254", charmap.Windows1254, -0.25, true, "ÃÂÎ"),
	mjNewPage("windows-1257", charmap.Windows1257, -0.5, false, ""),
	mjNewPage("ibm437", charmap.CodePage437, -1, false, "╨╤╬╧Γ┬"),
	mjNewPage("koi8-r", charmap.KOI8R, -1, false, "пя"),
}

// mjDenseMax bounds the runes whose page bytes sit in mjDense; rarer runes
// are looked up in the page's map.
const mjDenseMax = 0x2600

// mjDense[r] holds, per page, the byte a rune encodes to (0 if none), and
// mjRoles[r] the pages where it is a two-, three- or four-byte lead or a
// continuation, one 16-bit field each: together they find the lines and
// pages worth scanning without decoding anything.
var (
	mjDense [mjDenseMax][16]byte
	mjRoles [mjDenseMax]uint64
	// mjRolesHigh holds the roles of runes at or above mjDenseMax.
	mjRolesHigh = map[rune]uint64{}
)

// Fields of a role.
const (
	mjLead2 = 0
	mjLead3 = 16
	mjLead4 = 32
	mjCont  = 48
	// mjRoleSpaced marks a lead whose no-break space continuation may
	// have become a plain space: a rune some page encodes as 0xC3 ("à"),
	// and "Â" (see mjLostSpace).
	mjRoleSpaced = 1 << 15
	mjAllPage    = 0x7FFF
)

func init() {
	for i, p := range mjPages {
		p.index = i
		for r, b := range p.enc {
			var role uint64
			switch {
			case b >= 0x80 && b <= 0xBF:
				role = 1 << (mjCont + i)
			case b >= 0xC2 && b <= 0xDF:
				role = 1 << (mjLead2 + i)
			case b >= 0xE0 && b <= 0xEF:
				role = 1 << (mjLead3 + i)
			case b >= 0xF0 && b <= 0xF4:
				role = 1 << (mjLead4 + i)
			}
			if b == 0xC3 || r == 'Â' {
				role |= mjRoleSpaced
			}
			if r < mjDenseMax {
				mjDense[r][i] = b
				mjRoles[r] |= role
			} else if role != 0 {
				mjRolesHigh[r] |= role
			}
		}
	}
	// U+FFFD may stand for any lost continuation byte.
	mjRolesHigh[0xFFFD] = mjAllPage << mjCont
}

// mjRole returns the role fields of r.
func mjRole(r rune) uint64 {
	if r < mjDenseMax {
		if r < 0 {
			return 0
		}
		return mjRoles[r]
	}
	return mjRolesHigh[r]
}

// mjUnitFinder tracks, rune by rune, the pages in which the runes seen so
// far end a complete unit: a lead followed by enough continuations. Four-
// byte leads are tracked like three-byte ones, a harmless overestimate.
type mjUnitFinder struct {
	need1, need2 uint64 // pages waiting for one or two more continuations
	spaced       bool   // the previous rune has mjRoleSpaced
}

// next consumes r and returns the pages in which a unit ends at r.
func (f *mjUnitFinder) next(r rune) uint64 {
	role := mjRole(r)
	cont := role >> mjCont & mjAllPage
	done := f.need1 & cont
	if r == ' ' && f.spaced {
		done |= mjAllPage // possibly a lost no-break space
	}
	f.need1 = f.need2&cont | (role>>mjLead2)&mjAllPage
	f.need2 = (role>>mjLead3 | role>>mjLead4) & mjAllPage
	f.spaced = role&mjRoleSpaced != 0
	return done
}

// byteOf returns the byte p encodes r to.
func (p *mjPage) byteOf(r rune) (byte, bool) {
	if r < mjDenseMax {
		b := mjDense[r][p.index]
		return b, b != 0
	}
	b, ok := p.enc[r]
	return b, ok
}

func mjNewPage(name string, cm *charmap.Charmap, prior float32, latin bool, strong string) *mjPage {
	p := &mjPage{name: name, enc: make(map[rune]byte, 256), prior: prior, latin: latin, strong: strong}
	for b := 0; b < 256; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = rune(b)
		}
		p.dec[b] = r
	}
	// C1 controls first, so a page's own character wins for its byte.
	for b := 0x80; b < 0xA0; b++ {
		p.enc[rune(b)] = byte(b)
	}
	for b := 0x80; b < 256; b++ {
		p.enc[p.dec[b]] = byte(b)
	}
	return p
}

// mj1252 is the Windows-1252 page, used to read stray C1 controls and
// invalid bytes.
var mj1252 = mjPages[0]
