package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	fmt.Fprintln(os.Stdout, "to stdout via Fprintln")
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 1)
	os.Stdout.WriteString("WriteString\n")
	fmt.Println("after")
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
