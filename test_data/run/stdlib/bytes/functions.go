// bytes: the package's functions on []byte — Equal, Compare, Index*/LastIndex* (invalid UTF-8, RuneError),
// Contains*, Count, Split*/Fields*/Join/Cut, Has/TrimPrefix/Suffix, Trim* (byte, ASCII and Unicode cutsets),
// TrimSpace, case mapping with and without SpecialCase, Title, Map, Repeat (and its panics), Runes,
// Replace/ReplaceAll, EqualFold, ToValidUTF8 — and whether results are nil, as Go 1.19 gives them.
package main

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

func q(b []byte) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprintf("%q", b)
}

func qs(bs [][]byte) string {
	if bs == nil {
		return "nil"
	}
	s := "["
	for i, b := range bs {
		if i > 0 {
			s += " "
		}
		s += q(b)
	}
	return s + "]"
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	pairs := [][2]string{{"", ""}, {"", "a"}, {"a", ""}, {"abc", "abc"}, {"abc", "b"}, {"abcabc", "bc"}, {"abc", "abd"},
		{"ab", "abc"}, {"x", "ab"}, {"☺☻☹", "☻"}, {"a\xffb\xff", "\xff"}, {"0123456789", "89"}, {"banana", "ana"},
		{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab"},
		{"aAbB", "AB"}, {"a b\tc", " \t"}, {"\u2C6F\u0250x", "\u0250"}}
	for _, p := range pairs {
		a, b := []byte(p[0]), []byte(p[1])
		fmt.Printf("%q %q: Equal=%v Compare=%d Index=%d LastIndex=%d Contains=%v Count=%d IndexAny=%d LastIndexAny=%d ContainsAny=%v HasPrefix=%v HasSuffix=%v EqualFold=%v\n",
			p[0], p[1], bytes.Equal(a, b), bytes.Compare(a, b), bytes.Index(a, b), bytes.LastIndex(a, b), bytes.Contains(a, b),
			bytes.Count(a, b), bytes.IndexAny(a, p[1]), bytes.LastIndexAny(a, p[1]), bytes.ContainsAny(a, p[1]),
			bytes.HasPrefix(a, b), bytes.HasSuffix(a, b), bytes.EqualFold(a, b))
		fmt.Printf("  Trim=%s TrimLeft=%s TrimRight=%s TrimPrefix=%s TrimSuffix=%s\n", q(bytes.Trim(a, p[1])),
			q(bytes.TrimLeft(a, p[1])), q(bytes.TrimRight(a, p[1])), q(bytes.TrimPrefix(a, b)), q(bytes.TrimSuffix(a, b)))
		fmt.Printf("  Split=%s SplitN2=%s SplitAfter=%s SplitAfterN2=%s\n", qs(bytes.Split(a, b)), qs(bytes.SplitN(a, b, 2)),
			qs(bytes.SplitAfter(a, b)), qs(bytes.SplitAfterN(a, b, 2)))
		before, after, found := bytes.Cut(a, b)
		fmt.Printf("  Cut=%s %s %v Replace=%s ReplaceAll=%s Replace1=%s\n", q(before), q(after), found,
			q(bytes.Replace(a, b, []byte("<>"), -1)), q(bytes.ReplaceAll(a, b, []byte("-"))), q(bytes.Replace(a, b, []byte("<>"), 1)))
	}
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare(nil, nil))
	fmt.Println(qs(bytes.SplitN([]byte("a,b"), []byte(","), 0)), qs(bytes.Split(nil, []byte(","))), qs(bytes.Split([]byte("abc"), nil)))

	for _, s := range []string{"", "a", "☺", "a\xffb", "a☺b☻c☹d\xe2\x98�\xff�\xed\xa0\x80"} {
		b := []byte(s)
		for _, r := range []rune{'a', 'b', '☺', utf8.RuneError, -1, 0xD800, utf8.MaxRune + 1} {
			fmt.Printf("IndexRune(%q, %#x)=%d ContainsRune=%v ", s, r, bytes.IndexRune(b, r), bytes.ContainsRune(b, r))
		}
		fmt.Printf("IndexByte=%d LastIndexByte=%d Runes=%q\n", bytes.IndexByte(b, 'b'), bytes.LastIndexByte(b, 'b'), bytes.Runes(b))
	}

	spaces := []string{"", " ", "  abc  ", "1 2 3 4", "\t\v\r\f\n\u0085\u00a0\u2000\u3000x y\u3000", "\n1\uFFFD \uFFFD2\u20003\uFFFD4",
		"1\xFF\u2000\xFF2\xFF \xFF", " x\xc0", "x ☺\xc0\xc0 "}
	for _, s := range spaces {
		b := []byte(s)
		fmt.Printf("%q: Fields=%s FieldsFunc=%s TrimSpace=%s TrimFunc=%s\n", s, qs(bytes.Fields(b)),
			qs(bytes.FieldsFunc(b, unicode.IsSpace)), q(bytes.TrimSpace(b)), q(bytes.TrimFunc(b, unicode.IsSpace)))
		fmt.Printf("  TrimLeftFunc=%s TrimRightFunc=%s IndexFunc=%d LastIndexFunc=%d\n", q(bytes.TrimLeftFunc(b, unicode.IsSpace)),
			q(bytes.TrimRightFunc(b, unicode.IsSpace)), bytes.IndexFunc(b, unicode.IsSpace), bytes.LastIndexFunc(b, unicode.IsSpace))
	}
	fmt.Println(q(bytes.TrimSpace(nil)), q(bytes.TrimSpace([]byte{})), q(bytes.TrimSpace([]byte("  "))), q(bytes.Trim(nil, "a")),
		q(bytes.Trim([]byte("aa"), "a")), q(bytes.TrimLeft([]byte("aa"), "a")), q(bytes.TrimRight([]byte("aa"), "a")),
		q(bytes.TrimFunc([]byte("aa"), func(r rune) bool { return r == 'a' })))

	cases := []string{"", "abc", "AbC123", "long\u0250string\u0250with\u0250nonascii\u2C6Fchars", "\u2C6D\u2C6D",
		"a\u0080\U0010FFFF", "İstanbul ıi", "a\xffb", "ǆǅǄ ß", "hello world-wide web_x"}
	for _, s := range cases {
		b := []byte(s)
		fmt.Printf("%q: Upper=%s Lower=%s Title=%s ToTitle=%s TurkishUpper=%s TurkishLower=%s TurkishTitle=%s\n", s,
			q(bytes.ToUpper(b)), q(bytes.ToLower(b)), q(bytes.Title(b)), q(bytes.ToTitle(b)),
			q(bytes.ToUpperSpecial(unicode.TurkishCase, b)), q(bytes.ToLowerSpecial(unicode.TurkishCase, b)),
			q(bytes.ToTitleSpecial(unicode.TurkishCase, b)))
	}
	drop := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r == 'b' {
			return '☺'
		}
		return r
	}
	fmt.Println(q(bytes.Map(drop, []byte("abracadabra\xff"))), q(bytes.Map(drop, nil)))

	joins := [][][]byte{nil, {}, {[]byte("a")}, {[]byte("a"), []byte("b")}, {nil, nil}, {[]byte("x"), nil, []byte("y")}}
	for _, j := range joins {
		fmt.Printf("Join(%s)=%s %s\n", qs(j), q(bytes.Join(j, []byte(", "))), q(bytes.Join(j, nil)))
	}

	for _, r := range []struct {
		s string
		n int
	}{{"", 0}, {"-", 0}, {"-", 1}, {"ab", 5}, {"", 5}} {
		fmt.Printf("Repeat(%q, %d)=%s\n", r.s, r.n, q(bytes.Repeat([]byte(r.s), r.n)))
	}
	try("Repeat(-1)", func() { bytes.Repeat([]byte("x"), -1) })
	try("Repeat(overflow)", func() { bytes.Repeat([]byte("ab"), 1<<62) })

	for _, v := range []struct{ in, repl string }{{"", "\uFFFD"}, {"abc", "?"}, {"a\xffb", "\uFFFD"}, {"a☺\xffb☺\xC0\xAFc☺\xff", ""},
		{"\xed\xa0\x80", "abc"}, {"\xF0\x80\x80\xaf", "☺"}} {
		fmt.Printf("ToValidUTF8(%q, %q)=%s\n", v.in, v.repl, q(bytes.ToValidUTF8([]byte(v.in), []byte(v.repl))))
	}
	folds := [][2]string{{"αβδ", "ΑΒΔ"}, {"abcdefghijk", "abcdefghij\u212A"}, {"abcdefghijkz", "abcdefghij\u212Ay"}, {"ß", "SS"}, {"\xff", "\xfe"}}
	for _, f := range folds {
		fmt.Printf("EqualFold(%q, %q)=%v ", f[0], f[1], bytes.EqualFold([]byte(f[0]), []byte(f[1])))
	}
	fmt.Println()

	// Results that alias the input: appending to a Split piece overwrites the input, as in Go.
	in := []byte("a,b,c")
	parts := bytes.Split(in, []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q\n", in)
	fs := bytes.Fields([]byte(" x y "))
	fmt.Println(len(fs[0]), cap(fs[0]))
}
