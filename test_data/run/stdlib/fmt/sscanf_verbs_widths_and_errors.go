package main

import (
	"fmt"
)

func main() {
	var i, j int
	var s, t string
	var f float64
	var f32 float32
	var u uint
	var b bool
	var r rune
	var by []byte
	var i8 int8
	var c complex128

	show := func(label string, n int, err error, vals ...any) {
		fmt.Printf("%s: n=%d err=%v vals=%v\n", label, n, err, vals)
	}
	n, err := fmt.Sscanf("0x1F 0755 0b101 -12", "%v %v %v %v", &i, &j, &u, &i8)
	show("prefixes %v", n, err, i, j, u, i8)
	n, err = fmt.Sscanf("ff 777 101 z", "%x %o %b %c", &i, &j, &u, &r)
	show("bases", n, err, i, j, u, r)
	n, err = fmt.Sscanf("FF", "%X", &i)
	show("upper hex", n, err, i)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &j)
	show("widths", n, err, i, j)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	show("string widths", n, err, s, t)
	n, err = fmt.Sscanf("x=5,y=7", "x=%d,y=%d", &i, &j)
	show("literals", n, err, i, j)
	n, err = fmt.Sscanf("x=5;y=7", "x=%d,y=%d", &i, &j)
	show("literal mismatch", n, err, i, j)
	n, err = fmt.Sscanf("1.5e3 -2.25 true", "%g %f %t", &f, &f32, &b)
	show("floats bool", n, err, f, f32, b)
	n, err = fmt.Sscanf("abc", "%d", &i)
	show("expected integer", n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	show("unexpected EOF", n, err, i)
	n, err = fmt.Sscanf("1 2", "%d", &i)
	show("extra input", n, err, i)
	n, err = fmt.Sscanf("1", "%d %d", &i)
	show("too few operands", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	show("too many operands", n, err)
	n, err = fmt.Sscanf("hello", "%d", &s)
	show("bad verb for string", n, err)
	n, err = fmt.Sscanf("300", "%d", &i8)
	show("overflow int8", n, err, i8)
	n, err = fmt.Sscanf("-1", "%d", &u)
	show("negative uint", n, err, u)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	show("hex string", n, err, s)
	n, err = fmt.Sscanf(`"a\tb" `+"`raw`", "%q %q", &s, &t)
	show("quoted", n, err, s, t)
	n, err = fmt.Sscanf("bytes here", "%s", &by)
	show("bytes", n, err, string(by))
	n, err = fmt.Sscanf("(1+2i)", "%v", &c)
	show("complex", n, err, c)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("percent", n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	show("newline in input", n, err, i, j)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	show("newline in both", n, err, i, j)
	n, err = fmt.Sscanf("T", "%t", &b)
	show("bool T", n, err, b)
	n, err = fmt.Sscanf("maybe", "%t", &b)
	show("bool bad", n, err, b)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	show("bad verb float", n, err)
	n, err = fmt.Sscanf("5", "%d", i)
	show("not a pointer", n, err)
	n, err = fmt.Sscanf("  42", "%d", &i)
	show("leading space", n, err, i)
	n, err = fmt.Sscanf("a b", "%c%c%c", &r, &i, &j)
	show("chars", n, err, r, i, j)
	n, err = fmt.Sscanf("1_000", "%d", &i)
	show("underscore", n, err, i)
	n, err = fmt.Sscanf("0x1p-2", "%g", &f)
	show("hex float", n, err, f)
	n, err = fmt.Sscanf("inf -Inf NaN", "%g %g %g", &f, &f32, &f)
	show("inf nan", n, err, f32)
}
