package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// The runner (like scripts/update-run-goldens) gives programs /dev/null as standard input.
func main() {
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println("Read:", n, err, err == io.EOF)
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("ReadAll: %q %v\n", data, err)
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println("Scan:", sc.Scan(), sc.Err())
	fi, err := os.Stdin.Stat()
	fmt.Println("Stat:", fi.Name(), fi.Mode(), fi.Mode()&os.ModeCharDevice != 0, err)
	var s string
	k, err := fmt.Scan(&s)
	fmt.Println("fmt.Scan:", k, err)
	c, err := io.Copy(os.Stdout, os.Stdin)
	fmt.Println("Copy:", c, err)
	fi, err = os.Stat(os.DevNull)
	fmt.Println("DevNull:", fi.Name(), fi.Mode(), err)
}
