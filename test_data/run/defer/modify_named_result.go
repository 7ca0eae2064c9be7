package main

import "fmt"

func triple() (n int) {
	defer func() { n *= 3 }()
	return 5
}

func withErr() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + err.Error()
			err = nil
		}
	}()
	return "", fmt.Errorf("boom")
}

func main() {
	fmt.Println(triple())
	fmt.Println(withErr())
}
