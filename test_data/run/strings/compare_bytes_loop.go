package main

import "fmt"

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	text := "the quick brown fox jumps over the lazy dog"
	fmt.Println(countByte(text, 'o'), countByte(text, ' '), countByte(text, 'z'))
	vowels := 0
	for _, r := range text {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels", vowels)
}
