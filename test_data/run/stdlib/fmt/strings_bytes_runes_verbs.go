package main

import "fmt"

type B []byte
type MyByte byte

func main() {
	strs := []string{"", "hello", "héllo, 世界", "tab\tnl\n", "\x00\xff", "a\"b`c", "\u2028"}
	verbs := []string{"%s", "%q", "%+q", "%#q", "%#+q", "%x", "%X", "% x", "% X", "%#x", "%# x", "%.2s", "%.3q", "%8s|",
		"%-8s|", "%08s", "%.1x", "%10.3x|", "%v", "%#v", "%5.1s|", "%-5q|", "%d"}
	for _, s := range strs {
		for _, v := range verbs {
			fmt.Printf("%s:"+v+" ", v, s)
		}
		fmt.Println()
		b := []byte(s)
		for _, v := range verbs {
			fmt.Printf("%s:"+v+" ", v, b)
		}
		fmt.Println()
	}
	fmt.Printf("%v %s %x %d %q\n", B("ab"), B("ab"), B("ab"), B("ab"), B("ab"))
	fmt.Printf("%#v %#v %#v\n", B("ab"), []byte(nil), [2]byte{1, 2})
	fmt.Printf("%s %x %v %q\n", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'})
	fmt.Printf("%v %s %x\n", []MyByte{65, 66}, []MyByte{65, 66}, []MyByte{65, 66})
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{"a b", "c"})
	fmt.Printf("%q %x %X\n", []string{"a", "b\n"}, []string{"hi", "yo"}, []int{10, 255})
	runes := []rune{'a', 'é', '世', 0, '\n', '\'', 0x10FFFF, 0x110000, -1, 0xD800, '😀'}
	for _, r := range runes {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%d|%x|%5c|%-4q|%08U|%v\n", r, r, r, r, r, r, r, r, r, r, r, r)
	}
	fmt.Printf("%c %c %q %U\n", 65, uint8(66), int64(67), uint(68))
	fmt.Printf("%s %q\n", []rune("hi"), []rune("hi"))
	fmt.Printf("%5.2q|%-7.3s|%.0s|%.10s\n", "abcdef", "日本語日本語", "x", "short")
	fmt.Printf("%6s|%-6s|%06d|\n", "日本", "日本", -12)
	fmt.Printf("%x %X % x %#x\n", "", []byte{}, "", "")
}
