// strings: Split, SplitN, SplitAfter, SplitAfterN (n < 0, 0, 1, beyond the count; empty separator splitting
// into runes, invalid UTF-8), Fields and FieldsFunc (Unicode spaces, invalid bytes), Join and Cut, over the
// tables of Go 1.19's strings_test.go. Results print with %q, their length and whether they are nil.
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

var abcd = "abcd"
var faces = "☺☻☹"
var commas = "1,2,3,4"
var dots = "1....2....3....4"

type SplitTest struct {
	s   string
	sep string
	n   int
}

func show(name string, a []string) {
	fmt.Printf("  %s = %q len=%d nil=%v\n", name, a, len(a), a == nil)
}

func main() {
	splittests := []SplitTest{
		{"", "", -1}, {abcd, "", 2}, {abcd, "", 4}, {abcd, "", -1}, {faces, "", -1}, {faces, "", 3},
		{faces, "", 17}, {"☺�☹", "", -1}, {"a\xffb\xe2\x98", "", -1}, {abcd, "a", 0}, {abcd, "a", -1}, {abcd, "z", -1},
		{commas, ",", -1}, {dots, "...", -1}, {faces, "☹", -1}, {faces, "~", -1}, {"1 2 3 4", " ", 3},
		{"1 2", " ", 3}, {"", "T", math.MaxInt / 4}, {"a,b,c", ",", 1}, {",a,,b,", ",", -1}, {"", ",", -1},
		{"", "", 0}, {"abc", "abc", -1}, {"aaa", "aa", -1},
	}
	for _, tt := range splittests {
		fmt.Printf("SplitN(%q, %q, %d)\n", tt.s, tt.sep, tt.n)
		a := strings.SplitN(tt.s, tt.sep, tt.n)
		show("SplitN", a)
		show("SplitAfterN", strings.SplitAfterN(tt.s, tt.sep, tt.n))
		if tt.n < 0 {
			show("Split", strings.Split(tt.s, tt.sep))
			show("SplitAfter", strings.SplitAfter(tt.s, tt.sep))
		}
		fmt.Printf("  Join(SplitN) = %q\n", strings.Join(a, tt.sep))
	}

	fieldstests := []string{"", " ", " \t ", "\u2000", "  abc  ", "1 2 3 4", "1  2  3  4", "1\t\t2\t\t3\t4",
		"1\u20002\u20013\u20024", "\u2000\u2001\u2002", "\n™\t™\n", "\n\u20001™2\u2000 \u2001 ™",
		"\n1\uFFFD \uFFFD2\u20003\uFFFD4", "1\xFF\u2000\xFF2\xFF \xFF", faces, "a\u0085b\u00a0c\v\fd\re",
		"\u3000x\u205fy\u180ez"}
	for _, s := range fieldstests {
		fmt.Printf("Fields(%q)\n", s)
		show("Fields", strings.Fields(s))
		show("FieldsFunc(IsSpace)", strings.FieldsFunc(s, unicode.IsSpace))
	}
	pred := func(c rune) bool { return c == 'X' }
	for _, s := range []string{"", "XX", "XXhiXXX", "aXXbXXXcX"} {
		show(fmt.Sprintf("FieldsFunc(%q, X)", s), strings.FieldsFunc(s, pred))
	}

	joins := [][]string{nil, {}, {""}, {"a"}, {"a", "b"}, {"", ""}, {"x", "", "y"}, {"☺", "☻", "☹"}}
	for _, j := range joins {
		fmt.Printf("Join(%q, \"-\") = %q Join(%q, \"\") = %q Join(, \", \") = %q\n", j, strings.Join(j, "-"), j, strings.Join(j, ""), strings.Join(j, ", "))
	}

	cuts := [][2]string{{"abc", "b"}, {"abc", "a"}, {"abc", "c"}, {"abc", "abc"}, {"abc", "bd"}, {"abc", ""}, {"", ""}, {"", "x"}, {"k=v=w", "="}}
	for _, c := range cuts {
		before, after, found := strings.Cut(c[0], c[1])
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", c[0], c[1], before, after, found)
	}

	// Results of Split alias the input's bytes; appending to one result does not change the others.
	parts := strings.Split("a,b,c", ",")
	parts = append(parts[:1], "z")
	fmt.Println(parts, len(parts))
}
