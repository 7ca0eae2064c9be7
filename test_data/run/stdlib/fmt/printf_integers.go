package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%b|%08b\n", 255, 255, 255, 8, 8, 5, 5)
	fmt.Printf("%d|%x|%+d\n", -42, -255, -3)
	fmt.Printf("%c|%U|%#U|%q\n", 'G', 'G', '世', 'x')
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %x\n", u64, u64)
	fmt.Printf("%v %v %v\n", int8(-1), uint16(65535), int64(-1<<63))
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
}
