package main

import (
	"fmt"
	"os"
)

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "fatal:", msg)
	os.Exit(1)
}

func main() {
	for i := 0; i < 5; i++ {
		if i == 2 {
			fail("i reached 2")
		}
		fmt.Println("i =", i)
	}
}
