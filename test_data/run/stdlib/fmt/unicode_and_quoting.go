package main

import "fmt"

func main() {
	fmt.Printf("%q %+q %x\n", "héllo 世界", "héllo", "é")
	fmt.Printf("%c%c%c\n", 0x48, 0x69, 0x1F600)
	fmt.Printf("%U %#U\n", 0x1F600, 'A')
	fmt.Printf("%q %q %q\n", '\n', '\'', rune(0x7f))
	fmt.Printf("%v %d\n", 'a', 'a')
	fmt.Println(fmt.Sprintf("%5q|%-6q|", "a", "b"))
}
