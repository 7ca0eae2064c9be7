package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	fmt.Println(os.Args[0] != "")
}
