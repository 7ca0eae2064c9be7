package main

import "fmt"

func main() {
	var a int8 = -100
	var b int16 = 30000
	var c int32 = -2000000000
	var d int64 = 9000000000000000000
	var e uint8 = 250
	var f uint16 = 65000
	var g uint32 = 4000000000
	var h uint64 = 18000000000000000000
	var u uint = 42
	var p uintptr = 8
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g, h, u, p)
	fmt.Println(int16(a)*100, int32(b)*100000, e+10, f+1000)
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, string(r), string(rune(by)))
}
