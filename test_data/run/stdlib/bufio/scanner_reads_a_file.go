// Scanner over an *os.File written with a bufio.Writer: integers one per line (some with \r\n), summed with
// strconv.Atoi as bench/scan does, the first line that is not a number reported with Atoi's error, and a
// Scanner with Split(ScanWords) over the same file.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	f, err := os.Create("numbers.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriter(f)
	for i := 0; i < 3000; i++ {
		v := (i*7919)%20001 - 10000
		if i%5 == 0 {
			fmt.Fprintf(w, "%d\r\n", v)
		} else {
			fmt.Fprintf(w, "%d\n", v)
		}
	}
	w.WriteString("12x\n+7\n-0\n")
	fmt.Println("flush", w.Flush(), "close", f.Close())

	f, err = os.Open("numbers.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(f)
	sum, lines := 0, 0
	for sc.Scan() {
		lines++
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println("line", lines, err)
			continue
		}
		sum += n
	}
	fmt.Println("lines", lines, "sum", sum, "err", sc.Err())
	f.Close()

	f, _ = os.Open("numbers.txt")
	ws := bufio.NewScanner(f)
	ws.Split(bufio.ScanWords)
	words, total := 0, 0
	for ws.Scan() {
		words++
		total += len(ws.Bytes())
	}
	fmt.Println("words", words, "bytes", total, "err", ws.Err())
	f.Close()
	os.Remove("numbers.txt")
}
