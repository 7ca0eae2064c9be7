// sumlines reads the file named by its argument line by line with bufio.Scanner and prints the sum of the
// lines as integers (strconv.Atoi): the "100 MB file" benchmark of issue 6 (bench/run-scan times it).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sum := 0
	for sc.Scan() {
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		sum += n
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(sum)
}
