package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	println("builtin err 2")
	fmt.Print("out 2\n")
	fmt.Fprint(os.Stderr, "err 3\n")
	fmt.Println("out 3")
}
