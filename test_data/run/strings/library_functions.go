package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, Wörld! Hello again.  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "Wörld"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'ö'), strings.Count(s, "Hello"), strings.Count("five", ""))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'ö'), strings.IndexAny(s, "!,"), strings.LastIndexAny(s, "lo"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n four  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello world"), strings.ToTitle("loud"))
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, ".  "), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	rd := strings.NewReader("abc")
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.Len())
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("1abc", unicode.IsDigit), strings.ToValidUTF8("a\xffb", "?"))
}
