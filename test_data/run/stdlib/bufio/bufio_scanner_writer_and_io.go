package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n"))
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
	data, _ := io.ReadAll(strings.NewReader("all"))
	fmt.Println(string(data))
	ws := bufio.NewScanner(strings.NewReader("a b  c"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print(ws.Text(), ";")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("line1\nline2"))
	l, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	l, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	io.WriteString(os.Stdout, "ws\n")
}
