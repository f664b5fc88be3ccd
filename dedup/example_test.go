package dedup_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/winnow-text/winnow/dedup"
)

const report = `Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met in Hamburg on Wednesday to discuss a plan for the rebels to leave eastern Aleppo, officials said.

The two ministers spoke for about an hour on the sidelines of a gathering of the Organization for Security and Cooperation in Europe that opens Thursday.

Kerry will continue on to Paris to take part in a separate meeting organised by his French, German and Qatari counterparts on Saturday, the State Department said.`

func ExampleFinder() {
	copied := strings.ReplaceAll(report, "Wednesday", "Wed.") + "\n\nShare this article"
	f := dedup.NewFinder(dedup.Options{})
	f.Add("wire.txt", time.Time{}, dedup.Sign(report))
	res := f.Add("copy.txt", time.Time{}, dedup.Sign(copied))
	for _, d := range res.Duplicates {
		fmt.Printf("%s duplicates %s\n", f.ID(d.B), f.ID(d.A))
	}
	fmt.Println("represented by", f.ID(f.Representative(res.Doc)))
	// Output:
	// copy.txt duplicates wire.txt
	// represented by wire.txt
}

func ExampleFingerprint() {
	a := dedup.Fingerprint("Kerry said he was “hopeful” about talks on Aleppo.")
	b := dedup.Fingerprint("KERRY said he was \"hopeful\"\nabout talks on Aleppo")
	fmt.Printf("%016x %d\n", a, dedup.Distance(a, b))
	// Output: bc74af231ea5c3c8 0
}

func ExampleIndex() {
	x := dedup.NewIndex(3)
	x.Add(0xFFFF_0000_FFFF_0000)
	x.Add(0xFFFF_0000_FFFF_0007) // 3 bits away
	x.Add(0x0123_4567_89AB_CDEF)
	fmt.Println(x.Pairs())
	// Output: [{0 1 3}]
}
